package app.waymark.security;

import app.waymark.MailedLinks;
import app.waymark.audit.AuditActions;
import app.waymark.base.ui.AccessDeniedView;
import app.waymark.security.ui.LoginView;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantStatus;
import app.waymark.tenant.TenantSummary;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member with the portal open, and something changes elsewhere: their next navigation meets it. Access
 * taken away lands on the sign-in page; changed roles are in force at once.
 */
class RevokedSessionsUiTest extends KaribuTest {

    private static final String PASSWORD = "a password for the open session";

    @Autowired
    UserService users;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    PasswordResets resets;
    @Autowired
    AccountLinkService links;
    @Autowired
    SignOutAuditor signOut;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private StaffPrincipal openSession;

    @Test
    void a_user_disabled_while_signed_in_lands_on_the_sign_in_page_at_their_next_click() {
        UserSummary person = openSessionOfNewStaffMember(Set.of());

        elsewhere(NORTHFIELD_ADMIN, () -> users.setEnabled(person.id(), false));
        UI.getCurrent().navigate("learners");

        assertSignedOut("account_disabled");
    }

    @Test
    void a_password_reset_elsewhere_ends_the_open_session() {
        UserSummary person = openSessionOfNewStaffMember(Set.of());

        Authentication open = SecurityContextHolder.getContext().getAuthentication();
        resets.request(person.email(), "198.51.100.120");
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, person.email(), "/password-reset/", 1));
        links.choosePassword(token, AccountLinkKind.PASSWORD_RESET, "a brand new password after reset");
        SecurityContextHolder.getContext().setAuthentication(open);
        UI.getCurrent().navigate("learners");

        assertSignedOut("sessions_ended");
    }

    @Test
    void signing_out_on_another_device_ends_the_open_session() {
        openSessionOfNewStaffMember(Set.of());
        Authentication open = SecurityContextHolder.getContext().getAuthentication();
        Authentication phone = authenticate(open.getName(), PASSWORD, "198.51.100.121");

        signOut.logout(new MockHttpServletRequest(), new MockHttpServletResponse(), phone);
        UI.getCurrent().navigate("learners");

        assertSignedOut("sessions_ended");
    }

    @Test
    void suspending_the_provider_ends_its_staffs_open_sessions() {
        signIn(OPERATOR);
        TenantSummary tenant = TestProviders.withStaff(tenants, demoAccounts, "karibu", "Sue Suspended",
                demoPassword);
        signInToUi(TestProviders.adminOf(tenant));
        _assertNone(LoginView.class);
        openSession = (StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();

        elsewhere(OPERATOR, () -> tenants.changeStatus(tenant.id(), TenantStatus.SUSPENDED));
        UI.getCurrent().navigate("learners");

        assertSignedOut("tenant_suspended");
    }

    @Test
    void a_session_past_its_absolute_lifetime_lands_on_the_sign_in_page_however_active() {
        openSessionOfNewStaffMember(Set.of());

        for (int quarterHour = 1; quarterHour < 48; quarterHour++) {
            clock.advance(Duration.ofMinutes(15));
            UI.getCurrent().navigate(quarterHour % 2 == 0 ? "learners" : "");
            _assertNone(LoginView.class);
        }
        clock.advance(Duration.ofMinutes(15));
        UI.getCurrent().navigate("learners");

        assertSignedOut("lifetime_reached");
    }

    @Test
    void a_session_nobody_used_for_the_idle_time_lands_on_the_sign_in_page_at_the_next_click() {
        openSessionOfNewStaffMember(Set.of());
        clock.advance(Duration.ofMinutes(29));
        UI.getCurrent().navigate("learners");
        _assertNone(LoginView.class);

        clock.advance(Duration.ofMinutes(30));
        UI.getCurrent().navigate("");

        assertSignedOut("idle");
    }

    @Test
    void roles_changed_while_signed_in_are_in_force_at_the_next_navigation() {
        signIn(NORTHFIELD_ADMIN);
        UUID tutor = roleId(StandardRole.TUTOR);
        UUID mis = roleId(StandardRole.MIS_OFFICER);
        UserSummary person = openSessionOfNewStaffMember(Set.of(tutor));
        UI.getCurrent().navigate("ilr/imports");
        _assertOne(AccessDeniedView.class);

        elsewhere(NORTHFIELD_ADMIN, () -> users.changeRoles(person.id(), Set.of(mis)));
        UI.getCurrent().navigate("ilr/imports");
        _assertNone(AccessDeniedView.class);
        _assertOne(Upload.class);

        elsewhere(NORTHFIELD_ADMIN, () -> users.changeRoles(person.id(), Set.of(tutor)));
        UI.getCurrent().navigate("ilr/imports");
        _assertOne(AccessDeniedView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).doesNotContain("ROLE_ILR_IMPORT");
    }

    private UserSummary openSessionOfNewStaffMember(Set<UUID> roleIds) {
        signIn(NORTHFIELD_ADMIN);
        UserSummary person = users.createWithPassword(
                "open-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example", "Open Session",
                roleIds, PASSWORD);
        SecurityContextHolder.clearContext();
        signInToUi(person.email(), PASSWORD);
        _assertNone(LoginView.class);
        openSession = (StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return person;
    }

    /** Someone else acts, in their own session; then the open session's next request comes in. */
    private void elsewhere(String email, Runnable action) {
        Authentication open = SecurityContextHolder.getContext().getAuthentication();
        signIn(email);
        action.run();
        SecurityContextHolder.getContext().setAuthentication(open);
    }

    private UUID roleId(StandardRole role) {
        return users.roles().stream().filter(summary -> summary.code().equals(role.name())).findFirst()
                .orElseThrow().id();
    }

    private void assertSignedOut(String reason) {
        _assertOne(LoginView.class);
        _assertNone(Grid.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        List<String> ended = TenantContext.callAs(openSession.tenantId(), () -> transactions.execute(status ->
                jdbc.queryForList("select details_after ->> 'reason' from audit_event where action = ?"
                        + " and subject_id = ?", String.class, AuditActions.SESSION_ENDED, openSession.id().toString())));
        assertThat(ended).as("SESSION_ENDED on the trail of %s", openSession.email()).containsExactly(reason);
    }
}
