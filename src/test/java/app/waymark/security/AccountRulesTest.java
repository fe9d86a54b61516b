package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.base.InvalidInputException;
import app.waymark.security.SignInRefusedException.Reason;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantStatus;
import app.waymark.tenant.TenantSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

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
        UserSummary user = northfieldUserWithPassword();
        signIn(user.email(), FIRST_PASSWORD);
        assertThatThrownBy(() -> accounts.changePassword(FIRST_PASSWORD, "short1"))
                .hasMessage("Password must be at least 12 characters long");
        assertThatThrownBy(() -> accounts.changePassword(FIRST_PASSWORD, "aaaaaaaaaaaaaaaa"))
                .hasMessage("Password must use at least 5 different characters");
        assertThatThrownBy(() -> accounts.changePassword(FIRST_PASSWORD, "Password1234"))
                .hasMessage("Password is too common: choose one that is harder to guess");
        assertThatThrownBy(() -> accounts.changePassword("not-my-password", "a good long passphrase"))
                .hasMessage("The current password is not correct");
    }

    @Test
    void after_changing_the_password_the_new_one_signs_in_and_the_old_one_does_not() {
        UserSummary user = northfieldUserWithPassword();
        signIn(user.email(), FIRST_PASSWORD);

        accounts.changePassword(FIRST_PASSWORD, "correct horse battery staple");

        SecurityContextHolder.clearContext();
        assertThat(authenticate(user.email(), "correct horse battery staple", "198.51.100.40").isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> authenticate(user.email(), FIRST_PASSWORD, "198.51.100.40"))
                .isInstanceOf(SignInRefusedException.class);
    }

    @Test
    void an_invited_person_cannot_sign_in_before_choosing_a_password_whatever_they_type() {
        signIn(NORTHFIELD_ADMIN);
        UserSummary invited = users.invite("invited-" + UUID.randomUUID() + "@northfield.example", "Not Yet",
                Set.of());
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> authenticate(invited.email(), "", "198.51.100.41"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.CREDENTIALS));
        assertThatThrownBy(() -> authenticate(invited.email(), "any password at all", "198.51.100.41"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.CREDENTIALS));
    }

    @Test
    void users_of_a_suspended_tenant_are_told_their_organisations_access_is_suspended() {
        signIn(OPERATOR);
        TenantSummary tenant = TestProviders.withStaff(tenants, demoAccounts, "suspend", "Sue Pending", demoPassword);
        signIn(OPERATOR);
        tenants.changeStatus(tenant.id(), TenantStatus.SUSPENDED);

        assertThatThrownBy(() -> authenticate(TestProviders.adminOf(tenant), demoPassword, "198.51.100.50"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.TENANT_SUSPENDED));

        tenants.changeStatus(tenant.id(), TenantStatus.ACTIVE);
        assertThat(authenticate(TestProviders.adminOf(tenant), demoPassword, "198.51.100.50").isAuthenticated())
                .isTrue();
    }

    @Test
    void a_disabled_user_cannot_sign_in() {
        UserSummary user = northfieldUserWithPassword();
        users.setEnabled(user.id(), false);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> authenticate(user.email(), FIRST_PASSWORD, "198.51.100.60"))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ACCOUNT_DISABLED));
    }

    private static final String FIRST_PASSWORD = "a first password of my own";

    private UserSummary northfieldUserWithPassword() {
        signIn(NORTHFIELD_ADMIN);
        return users.createWithPassword("new-" + UUID.randomUUID() + "@northfield.example", "New Starter", Set.of(),
                FIRST_PASSWORD);
    }

}
