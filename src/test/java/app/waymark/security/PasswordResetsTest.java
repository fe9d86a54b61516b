package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.MailedLinks;
import app.waymark.base.InvalidInputException;
import app.waymark.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Forgot your password?": a single-use link by email, the same answer for every address, limits, sessions ended. */
class PasswordResetsTest extends IntegrationTest {

    private static final String OLD_PASSWORD = "the password I forgot";
    private static final String NEW_PASSWORD = "the password I chose now";

    @Autowired
    PasswordResets resets;
    @Autowired
    AccountLinkService links;
    @Autowired
    UserService users;
    @Autowired
    LiveSessions sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_reset_link_by_email_sets_a_new_password_once_and_ends_every_other_session() {
        String email = staffMember();
        StaffPrincipal earlierSession = (StaffPrincipal) authenticate(email, OLD_PASSWORD, "198.51.100.80")
                .getPrincipal();
        assertThat(sessions.check(earlierSession)).isEqualTo(SessionVerdict.CURRENT);

        resets.request(email, "198.51.100.80");
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, email, "/password-reset/", 1));
        assertThat(MailedLinks.subjects(MAIL, email)).containsExactly("Reset your Northfield College Waymark password");

        StaffPrincipal afterReset = (StaffPrincipal) links.choosePassword(token, AccountLinkKind.PASSWORD_RESET,
                NEW_PASSWORD).getPrincipal();

        assertThat(sessions.check(earlierSession)).as("the session signed in before the reset")
                .isEqualTo(new SessionVerdict.Ended(SessionEndReason.SESSIONS_ENDED));
        assertThat(sessions.check(afterReset)).as("the session the reset signed in").isEqualTo(SessionVerdict.CURRENT);
        assertThat(authenticate(email, NEW_PASSWORD, "198.51.100.80").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authenticate(email, OLD_PASSWORD, "198.51.100.80"))
                .isInstanceOf(SignInRefusedException.class);
        assertThatThrownBy(() -> links.choosePassword(token, AccountLinkKind.PASSWORD_RESET, "yet another password"))
                .isInstanceOf(InvalidInputException.class).hasMessage("This link has already been used.");
    }

    @Test
    void an_unknown_address_is_answered_like_a_known_one_and_nothing_is_sent() {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";

        assertThat(resets.accept(unknown, "198.51.100.81")).isTrue();
        resets.sendIfKnown(unknown);

        assertThat(northfieldCount("select count(*) from outbox_message where recipient = ?", unknown)).isZero();
    }

    @Test
    void a_newer_reset_link_withdraws_the_earlier_one() {
        String email = staffMember();
        resets.request(email, "198.51.100.82");
        String first = MailedLinks.token(MailedLinks.awaitLink(MAIL, email, "/password-reset/", 1));
        resets.request(email, "198.51.100.82");
        String second = MailedLinks.token(MailedLinks.awaitLink(MAIL, email, "/password-reset/", 2));

        assertThat(links.open(first, AccountLinkKind.PASSWORD_RESET).state()).isEqualTo(OpenedLink.State.WITHDRAWN);
        assertThat(links.open(second, AccountLinkKind.PASSWORD_RESET).state()).isEqualTo(OpenedLink.State.OPEN);
    }

    @Test
    void an_address_gets_three_reset_requests_an_hour_and_later_ones_are_not_served() {
        String email = "limited-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";

        assertThat(IntStream.range(0, 5).mapToObj(i -> resets.accept(email, "198.51.100." + (100 + i))))
                .containsExactly(true, true, true, false, false);
    }

    @Test
    void a_client_gets_twenty_requests_an_hour_counting_a_whole_ipv6_slash_64_as_one_client() {
        String prefix = "2001:db8:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + ":1::";

        List<Boolean> served = IntStream.range(0, 22).mapToObj(i -> resets.accept(
                "client-" + i + "-" + UUID.randomUUID() + "@northfield.example", prefix + Integer.toHexString(i + 1)))
                .toList();

        assertThat(served.subList(0, 20)).containsOnly(true);
        assertThat(served.subList(20, 22)).containsOnly(false);
    }

    @Test
    void a_disabled_account_or_one_still_invited_gets_no_reset_link() {
        String disabled = staffMember();
        signIn(NORTHFIELD_ADMIN);
        users.setEnabled(users.findUsers(disabled, 0, 1).getFirst().id(), false);
        String invited = "still-invited-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        users.invite(invited, "Still Invited", Set.of());
        SecurityContextHolder.clearContext();

        resets.sendIfKnown(disabled);
        resets.sendIfKnown(invited);

        assertThat(northfieldCount("""
                select count(*) from staff_account_link l join staff_user u on u.id = l.user_id
                where l.kind = 'PASSWORD_RESET' and u.email in (?, ?)""", disabled, invited)).isZero();
    }

    private String staffMember() {
        signIn(NORTHFIELD_ADMIN);
        String email = "forgetful-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        users.createWithPassword(email, "Forgetful Person", Set.of(), OLD_PASSWORD);
        SecurityContextHolder.clearContext();
        return email;
    }

    private int northfieldCount(String sql, Object... parameters) {
        UUID northfield = jdbc.queryForObject("select id from tenant where slug = 'northfield'", UUID.class);
        return TenantContext.callAs(northfield, () -> transactions.execute(status ->
                jdbc.queryForObject(sql, Integer.class, parameters)));
    }
}
