package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.MailedLinks;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.audit.AuditFilter;
import app.waymark.base.InvalidInputException;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform operator gives a provider its first admin, by an emailed invitation, and sees nothing else of it. */
class ProviderAdminsTest extends IntegrationTest {

    @Autowired
    ProviderAdmins admins;
    @Autowired
    TenantService tenants;
    @Autowired
    AccountLinkService links;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_first_admin_is_invited_by_email_accepts_and_manages_the_new_provider() {
        TenantSummary provider = newProvider();
        String email = "first-admin-" + provider.slug() + "@hilltop.example";

        ProviderAdmins.Admin invited = admins.invite(provider.id(), "Hana Hill", email);

        assertThat(invited.state()).isEqualTo(AccountState.INVITED);
        assertThat(admins.counts().get(provider.id())).isEqualTo(new ProviderAdmins.AdminCounts(0, 1));
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, email, "/invitation/", 1));
        assertThat(MailedLinks.subjects(MAIL, email))
                .containsExactly("You are invited to " + provider.name() + " on Waymark");
        assertThat(MailedLinks.plainText(MAIL.receivedBy(email).getFirst()))
                .contains("Platform Operator has invited you to " + provider.name() + "'s Waymark");

        links.choosePassword(token, AccountLinkKind.INVITATION, "the first admin's own password");

        signIn(OPERATOR);
        assertThat(admins.counts().get(provider.id())).isEqualTo(new ProviderAdmins.AdminCounts(1, 0));
        signIn(email, "the first admin's own password");
        assertThat(users.findUsers(null, 0, 10)).singleElement().satisfies(admin -> {
            assertThat(admin.roles()).extracting(RoleSummary::name).containsExactly("Provider admin");
            assertThat(admin.state()).isEqualTo(AccountState.ACTIVE);
        });
    }

    @Test
    void inviting_is_on_the_platform_trail_and_on_the_providers_trail() {
        TenantSummary provider = newProvider();
        String email = "trail-" + provider.slug() + "@hilltop.example";

        admins.invite(provider.id(), "Trail Admin", email);

        List<AuditRecord> platform = audit.latestPlatformEvents(5);
        assertThat(platform).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("INVITATION_SENT");
            assertThat(event.actorName()).isEqualTo("Platform Operator");
            assertThat(event.detailsAfter()).contains(email).contains(provider.id().toString());
        });
        signIn(email, acceptInvitation(email));
        assertThat(audit.find(AuditFilter.none(), 0, 20)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("INVITATION_SENT");
            assertThat(event.actorName()).isEqualTo("Platform Operator");
        });
    }

    @Test
    void a_provider_whose_admins_all_left_gets_a_new_one_and_the_operator_can_resend_or_withdraw_it() {
        TenantSummary provider = newProvider();
        ProviderAdmins.Admin first = admins.invite(provider.id(), "First One", "one-" + provider.slug() + "@h.example");
        ProviderAdmins.Admin withdrawn = admins.withdraw(provider.id(), first.id());
        assertThat(withdrawn.state()).isEqualTo(AccountState.INVITATION_WITHDRAWN);
        assertThat(admins.counts().getOrDefault(provider.id(), ProviderAdmins.AdminCounts.NONE))
                .isEqualTo(new ProviderAdmins.AdminCounts(0, 0));

        ProviderAdmins.Admin again = admins.resend(provider.id(), first.id());

        assertThat(again.state()).isEqualTo(AccountState.INVITED);
        assertThat(MailedLinks.awaitLink(MAIL, first.email(), "/invitation/", 2)).isNotBlank();
        assertThat(admins.admins(provider.id())).extracting(ProviderAdmins.Admin::email)
                .containsExactly(first.email());
    }

    @Test
    void the_operator_cannot_touch_staff_who_are_not_admins_nor_admins_who_have_signed_in() {
        signIn(OPERATOR);
        UUID northfield = tenants.findBySlug("northfield").orElseThrow().id();
        UUID tutor = TenantContext.callAs(northfield, () -> staffId("tutor@northfield.example"));
        UUID admin = TenantContext.callAs(northfield, () -> staffId(NORTHFIELD_ADMIN));

        assertThatThrownBy(() -> admins.resend(northfield, tutor)).isInstanceOf(InvalidInputException.class)
                .hasMessage("This provider has no such admin");
        assertThatThrownBy(() -> admins.withdraw(northfield, admin)).isInstanceOf(InvalidInputException.class)
                .hasMessage(NORTHFIELD_ADMIN + " has already set a password");
    }

    @Test
    void an_address_already_in_use_anywhere_is_refused_before_anything_is_created() {
        signIn(OPERATOR);
        assertThatThrownBy(() -> admins.checkNewAdmin("Copy", "Tutor@Riverside.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A user with the email tutor@riverside.example already exists");
        assertThatThrownBy(() -> admins.checkNewAdmin(" ", "someone@new.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The admin's name is required (at most 200 characters)");
    }

    @Test
    void only_a_platform_operator_may_invite_a_providers_admin() {
        signIn(NORTHFIELD_ADMIN);
        UUID riverside = UUID.randomUUID();
        assertThatThrownBy(() -> admins.invite(riverside, "Sneaky", "sneaky@riverside.example"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admins.counts()).isInstanceOf(AccessDeniedException.class);
    }

    private TenantSummary newProvider() {
        signIn(OPERATOR);
        String slug = "hill-" + UUID.randomUUID().toString().substring(0, 8);
        return tenants.create("Hilltop Training " + slug, slug,
                String.valueOf(30000000 + Math.abs(slug.hashCode() % 60000000)));
    }

    private String acceptInvitation(String email) {
        String password = "a good password for " + email.substring(0, 4);
        links.choosePassword(MailedLinks.token(MailedLinks.awaitLink(MAIL, email, "/invitation/", 1)),
                AccountLinkKind.INVITATION, password);
        return password;
    }

    private UUID staffId(String email) {
        return transactions.execute(status -> jdbc.queryForObject("select id from staff_user where email = ?",
                UUID.class, email));
    }
}
