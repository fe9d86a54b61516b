package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.audit.AuditActions;
import app.waymark.base.security.Permission;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantStatus;
import app.waymark.tenant.TenantSummary;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request of a signed-in session passes the revocation filter: access taken away elsewhere ends the session
 * at that request (told why, audited), changed roles are carried from that request on, and untouched sessions pass.
 */
class SessionRevocationFilterTest extends IntegrationTest {

    private static final String PASSWORD = "a password for the filter test";
    private static final String UIDL = "v-r=uidl&v-uiId=0";
    private static final String HEARTBEAT = "v-r=heartbeat&v-uiId=0";

    @Autowired
    SessionRevocation revocation;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    SignOutAuditor signOut;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_current_session_passes_and_keeps_its_session() throws Exception {
        Authentication session = staffSession(Set.of());
        MockHttpSession httpSession = new MockHttpSession();

        MockHttpServletResponse response = filter(session, httpSession);

        assertThat(httpSession.isInvalid()).isFalse();
        assertThat(response.getCookie(SessionRevocation.NOTICE_COOKIE)).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(session);
    }

    @Test
    void disabling_a_user_ends_their_open_session_at_its_next_request() throws Exception {
        Authentication session = staffSession(Set.of());
        signIn(NORTHFIELD_ADMIN);
        users.setEnabled(idOf(session), false);

        assertEnded(session, "account_disabled");
    }

    @Test
    void a_user_enabled_again_before_their_next_request_still_finds_that_session_ended() throws Exception {
        Authentication session = staffSession(Set.of());
        signIn(NORTHFIELD_ADMIN);
        users.setEnabled(idOf(session), false);
        users.setEnabled(idOf(session), true);

        assertEnded(session, "sessions_ended");
    }

    @Test
    void a_password_changed_in_another_session_ends_the_older_one_and_keeps_the_changing_one() throws Exception {
        Authentication older = staffSession(Set.of());
        Authentication newer = authenticate(older.getName(), PASSWORD, "198.51.100.90");
        SecurityContextHolder.getContext().setAuthentication(newer);
        accounts.changePassword(PASSWORD, "a changed password for the test");
        Authentication changedIn = SecurityContextHolder.getContext().getAuthentication();

        assertEnded(older, "sessions_ended");
        MockHttpSession changingSession = new MockHttpSession();
        MockHttpServletResponse changingResponse = filter(changedIn, changingSession);
        assertThat(changingSession.isInvalid()).as("the session that changed the password").isFalse();
        assertThat(changingResponse.getCookie(SessionRevocation.NOTICE_COOKIE)).isNull();
    }

    @Test
    void signing_out_in_one_session_ends_the_persons_other_sessions() throws Exception {
        Authentication phone = staffSession(Set.of());
        Authentication desktop = authenticate(phone.getName(), PASSWORD, "198.51.100.91");

        signOut.logout(new MockHttpServletRequest(), new MockHttpServletResponse(), phone);

        assertEnded(desktop, "sessions_ended");
    }

    @Test
    void suspending_a_provider_ends_its_staffs_open_sessions() throws Exception {
        signIn(OPERATOR);
        TenantSummary tenant = TestProviders.withStaff(tenants, demoAccounts, "revoke", "Sam Suspended",
                demoPassword);
        Authentication session = authenticate(TestProviders.adminOf(tenant), demoPassword, "198.51.100.92");
        signIn(OPERATOR);
        tenants.changeStatus(tenant.id(), TenantStatus.SUSPENDED);

        assertEnded(session, "tenant_suspended");
    }

    @Test
    void a_session_ends_when_it_reaches_its_absolute_lifetime_however_active() throws Exception {
        Authentication session = staffSession(Set.of());
        MockHttpSession httpSession = new MockHttpSession();
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        filter(session, httpSession);
        assertThat(httpSession.isInvalid()).as("just inside twelve hours").isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertEnded(session, "lifetime_reached");
    }

    @Test
    void a_session_nobody_used_for_the_idle_time_ends_at_its_next_request() throws Exception {
        Authentication session = staffSession(Set.of());
        MockHttpSession httpSession = new MockHttpSession();
        filter(session, httpSession);
        clock.advance(Duration.ofMinutes(29));
        filter(session, httpSession);
        assertThat(httpSession.isInvalid()).as("used again after 29 minutes").isFalse();

        clock.advance(Duration.ofMinutes(30));
        assertEnded(session, httpSession, UIDL, "idle");
    }

    @Test
    void heartbeats_of_an_open_page_do_not_keep_an_idle_session_alive() throws Exception {
        Authentication session = staffSession(Set.of());
        MockHttpSession httpSession = new MockHttpSession();
        filter(session, httpSession);
        for (int beat = 0; beat < 5; beat++) {
            clock.advance(Duration.ofMinutes(5));
            filter(session, httpSession, HEARTBEAT);
        }
        assertThat(httpSession.isInvalid()).as("25 minutes of heartbeats alone").isFalse();

        clock.advance(Duration.ofMinutes(5));
        assertEnded(session, httpSession, HEARTBEAT, "idle");
    }

    @Test
    void each_request_the_person_makes_starts_the_idle_time_again() throws Exception {
        Authentication session = staffSession(Set.of());
        MockHttpSession httpSession = new MockHttpSession();
        for (int click = 0; click < 4; click++) {
            filter(session, httpSession);
            clock.advance(Duration.ofMinutes(25));
        }

        MockHttpServletResponse response = filter(session, httpSession);

        assertThat(httpSession.isInvalid()).as("100 minutes, never 30 idle").isFalse();
        assertThat(response.getCookie(SessionRevocation.NOTICE_COOKIE)).isNull();
    }

    @Test
    void changed_roles_reach_the_open_session_at_its_next_request_and_are_kept_in_it() throws Exception {
        RoleSummary tutor = role(StandardRole.TUTOR.name());
        RoleSummary mis = role(StandardRole.MIS_OFFICER.name());
        Authentication session = staffSession(Set.of(tutor.id()));
        assertThat(authorities(session)).contains("ROLE_" + Permission.PRIMARY_TUTOR)
                .doesNotContain("ROLE_" + Permission.ILR_IMPORT);
        signIn(NORTHFIELD_ADMIN);
        users.changeRoles(idOf(session), Set.of(mis.id()));
        MockHttpSession httpSession = new MockHttpSession();

        filter(session, httpSession);

        Authentication carried = SecurityContextHolder.getContext().getAuthentication();
        assertThat(httpSession.isInvalid()).isFalse();
        assertThat(authorities(carried)).contains("ROLE_" + Permission.ILR_IMPORT)
                .doesNotContain("ROLE_" + Permission.PRIMARY_TUTOR);
        assertThat(((StaffPrincipal) carried.getPrincipal()).roleNames()).containsExactly(mis.name());
        SecurityContext kept = (SecurityContext) httpSession.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(kept.getAuthentication()).as("kept in the HTTP session for the next request").isSameAs(carried);
        assertThat(auditActionsOf(session)).contains(AuditActions.SESSION_ACCESS_CHANGED);
    }

    private void assertEnded(Authentication session, String reason) throws Exception {
        assertEnded(session, new MockHttpSession(), UIDL, reason);
    }

    private void assertEnded(Authentication session, MockHttpSession httpSession, String query, String reason)
            throws Exception {
        MockHttpServletResponse response = filter(session, httpSession, query);

        assertThat(httpSession.isInvalid()).as("the HTTP session is invalidated").isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the request goes on signed out")
                .isNull();
        Cookie told = response.getCookie(SessionRevocation.NOTICE_COOKIE);
        assertThat(told).isNotNull();
        assertThat(told.getValue()).isEqualTo(reason);
        assertThat(told.isHttpOnly()).isTrue();
        assertThat(auditActionsOf(session)).contains(AuditActions.SESSION_ENDED);
    }

    private MockHttpServletResponse filter(Authentication authentication, MockHttpSession session) throws Exception {
        return filter(authentication, session, UIDL);
    }

    private MockHttpServletResponse filter(Authentication authentication, MockHttpSession session, String query)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        for (String parameter : query.split("&")) {
            String[] nameAndValue = parameter.split("=", 2);
            request.addParameter(nameAndValue[0], nameAndValue[1]);
        }
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityContextHolder.clearContext();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockFilterChain chain = new MockFilterChain();
        new SessionRevocationFilter(revocation).doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("the request goes on either way").isNotNull();
        return response;
    }

    private Authentication staffSession(Set<UUID> roleIds) {
        signIn(NORTHFIELD_ADMIN);
        String email = "revoked-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        users.createWithPassword(email, "Revoked Person", roleIds, PASSWORD);
        SecurityContextHolder.clearContext();
        return authenticate(email, PASSWORD, "198.51.100.90");
    }

    private RoleSummary role(String code) {
        signIn(NORTHFIELD_ADMIN);
        return users.roles().stream().filter(role -> role.code().equals(code)).findFirst().orElseThrow();
    }

    private List<String> auditActionsOf(Authentication session) {
        StaffPrincipal person = (StaffPrincipal) session.getPrincipal();
        return TenantContext.callAs(person.tenantId(), () -> transactions.execute(status -> jdbc.queryForList(
                "select action from audit_event where subject_id = ?", String.class, person.id().toString())));
    }

    private static UUID idOf(Authentication session) {
        return ((StaffPrincipal) session.getPrincipal()).id();
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(Object::toString).toList();
    }
}
