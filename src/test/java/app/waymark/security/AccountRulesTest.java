package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.base.InvalidInputException;
import app.waymark.security.SignInRefusedException.Reason;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantStatus;
import app.waymark.tenant.TenantSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import app.waymark.base.security.Permission;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRulesTest extends IntegrationTest {

    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void a_duplicate_email_is_refused_with_a_clear_message_and_nothing_is_saved() {
        signIn(NORTHFIELD_ADMIN);
        long before = users.countUsers(null);
        assertThatThrownBy(() -> users.invite(RIVERSIDE_ADMIN.toUpperCase(), "Copy Cat", Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A user with the email admin@riverside.example already exists");
        assertThat(users.countUsers(null)).isEqualTo(before);
    }

    @Test
    void a_weak_new_password_is_refused_naming_the_rule_it_breaks() {
        InvitedUser invited = inviteNorthfieldUser();
        signIn(invited.user().email(), invited.temporaryPassword());
        assertThatThrownBy(() -> accounts.changePassword(invited.temporaryPassword(), "short1"))
                .hasMessage("Password must be at least 12 characters long");
        assertThatThrownBy(() -> accounts.changePassword(invited.temporaryPassword(), "aaaaaaaaaaaaaaaa"))
                .hasMessage("Password must use at least 5 different characters");
        assertThatThrownBy(() -> accounts.changePassword(invited.temporaryPassword(), "Password1234"))
                .hasMessage("Password is too common: choose one that is harder to guess");
        assertThatThrownBy(() -> accounts.changePassword("not-my-password", "a good long passphrase"))
                .hasMessage("The current password is not correct");
    }

    @Test
    void an_invited_user_must_change_the_temporary_password_and_then_signs_in_with_the_new_one() {
        InvitedUser invited = inviteNorthfieldUser();
        assertThat(invited.user().mustChangePassword()).isTrue();
        signIn(invited.user().email(), invited.temporaryPassword());
        assertThat(((StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .mustChangePassword()).isTrue();

        accounts.changePassword(invited.temporaryPassword(), "correct horse battery staple");

        SecurityContextHolder.clearContext();
        var authentication = authenticate(invited.user().email(), "correct horse battery staple", "198.51.100.40");
        assertThat(((StaffPrincipal) authentication.getPrincipal()).mustChangePassword()).isFalse();
    }

    @Test
    void users_of_a_suspended_tenant_are_told_their_organisations_access_is_suspended() {
        signIn(OPERATOR);
        String slug = "suspend-" + UUID.randomUUID().toString().substring(0, 8);
        TenantSummary tenant = tenants.create("Suspended College " + slug, slug, ukprnFor(slug));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("test set-up", null, "ROLE_" + Permission.USERS_MANAGE));
        demoAccounts.ensureStaffPerRole(tenant.id(), slug + ".example", List.of("Sue Pending"), demoPassword);
        signIn(OPERATOR);
        tenants.changeStatus(tenant.id(), TenantStatus.SUSPENDED);

        assertThatThrownBy(() -> authenticate("admin@" + slug + ".example", demoPassword, "198.51.100.50"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.TENANT_SUSPENDED));

        tenants.changeStatus(tenant.id(), TenantStatus.ACTIVE);
        assertThat(authenticate("admin@" + slug + ".example", demoPassword, "198.51.100.50").isAuthenticated())
                .isTrue();
    }

    @Test
    void a_disabled_user_cannot_sign_in() {
        InvitedUser invited = inviteNorthfieldUser();
        users.setEnabled(invited.user().id(), false);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> authenticate(invited.user().email(), invited.temporaryPassword(), "198.51.100.60"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ACCOUNT_DISABLED));
    }

    private InvitedUser inviteNorthfieldUser() {
        signIn(NORTHFIELD_ADMIN);
        return users.invite("new-" + UUID.randomUUID() + "@northfield.example", "New Starter", Set.of());
    }

    private static String ukprnFor(String slug) {
        return String.valueOf(20000000 + Math.abs(slug.hashCode() % 70000000));
    }
}
