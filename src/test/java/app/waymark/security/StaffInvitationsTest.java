package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.MailedLinks;
import app.waymark.base.InvalidInputException;
import app.waymark.base.SecretTokens;
import app.waymark.branding.MessageKind;
import app.waymark.branding.MessageTemplates;
import app.waymark.branding.MessageWording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff invited by a provider admin choose their own password from an emailed single-use link. */
class StaffInvitationsTest extends IntegrationTest {

    private static final String PASSWORD = "a password of my very own";

    @Autowired
    UserService users;
    @Autowired
    AccountLinkService links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageTemplates templates;

    @Test
    void an_invitation_emails_a_link_that_sets_the_password_once_and_signs_the_person_in() {
        UserSummary invited = inviteToNorthfield();
        assertThat(invited.state()).isEqualTo(AccountState.INVITED);
        assertThat(invited.invitationExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));
        assertThat(MailedLinks.subjects(MAIL, invited.email()))
                .containsExactly("You are invited to Northfield College on Waymark");

        OpenedLink opened = links.open(token, AccountLinkKind.INVITATION);
        assertThat(opened.state()).isEqualTo(OpenedLink.State.OPEN);
        assertThat(opened.displayName()).isEqualTo("Invited Person");
        assertThat(opened.providerName()).isEqualTo("Northfield College");

        Authentication signedIn = links.choosePassword(token, AccountLinkKind.INVITATION, PASSWORD);

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getName()).isEqualTo(invited.email());
        assertThat(authenticate(invited.email(), PASSWORD, "198.51.100.70").isAuthenticated()).isTrue();
        assertThat(links.open(token, AccountLinkKind.INVITATION).state()).isEqualTo(OpenedLink.State.USED);
        assertThatThrownBy(() -> links.choosePassword(token, AccountLinkKind.INVITATION, "another password here"))
                .isInstanceOf(InvalidInputException.class).hasMessage("This link has already been used.");
        signIn(NORTHFIELD_ADMIN);
        assertThat(stateOf(invited.email())).isEqualTo(AccountState.ACTIVE);
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        UserSummary invited = inviteToNorthfield();
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));

        Integer matching = jdbc.queryForObject("select count(*) from staff_account_link_lookup(?)", Integer.class,
                (Object) SecretTokens.sha256(token));
        Integer plain = jdbc.queryForObject("select count(*) from staff_account_link_lookup(?)", Integer.class,
                (Object) token.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(matching).isEqualTo(1);
        assertThat(plain).isZero();
    }

    @Test
    void a_password_that_breaks_the_policy_is_refused_naming_the_rule_and_the_link_stays_usable() {
        UserSummary invited = inviteToNorthfield();
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));

        assertThatThrownBy(() -> links.choosePassword(token, AccountLinkKind.INVITATION, "short"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Password must be at least 12 characters long");

        assertThat(links.open(token, AccountLinkKind.INVITATION).state()).isEqualTo(OpenedLink.State.OPEN);
    }

    @Test
    void an_expired_invitation_is_refused_and_sending_it_again_gives_a_new_link_that_works() {
        UserSummary invited = inviteToNorthfield();
        String first = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(links.open(first, AccountLinkKind.INVITATION).state()).isEqualTo(OpenedLink.State.EXPIRED);
        assertThatThrownBy(() -> links.choosePassword(first, AccountLinkKind.INVITATION, PASSWORD))
                .hasMessage("This link has expired.");
        signIn(NORTHFIELD_ADMIN);
        assertThat(stateOf(invited.email())).isEqualTo(AccountState.INVITATION_EXPIRED);

        users.resendInvitation(invited.id());
        String second = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 2));

        assertThat(links.open(first, AccountLinkKind.INVITATION).state()).isEqualTo(OpenedLink.State.WITHDRAWN);
        assertThat(links.choosePassword(second, AccountLinkKind.INVITATION, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_withdrawn_invitation_no_longer_works_and_the_list_says_so() {
        UserSummary invited = inviteToNorthfield();
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));

        UserSummary withdrawn = users.withdrawInvitation(invited.id());

        assertThat(withdrawn.state()).isEqualTo(AccountState.INVITATION_WITHDRAWN);
        assertThat(links.open(token, AccountLinkKind.INVITATION).state()).isEqualTo(OpenedLink.State.WITHDRAWN);
        assertThatThrownBy(() -> links.choosePassword(token, AccountLinkKind.INVITATION, PASSWORD))
                .hasMessage("This link was withdrawn.");
    }

    @Test
    void two_submissions_of_one_link_at_the_same_moment_set_the_password_once() throws Exception {
        UserSummary invited = inviteToNorthfield();
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));
        SecurityContextHolder.clearContext();
        Callable<String> submit = () -> {
            try {
                links.choosePassword(token, AccountLinkKind.INVITATION, PASSWORD);
                return "signed in";
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        };

        List<String> outcomes = new ArrayList<>();
        try (var people = Executors.newFixedThreadPool(4)) {
            List<Future<String>> runs = people.invokeAll(List.of(submit, submit, submit, submit));
            for (Future<String> run : runs) {
                outcomes.add(get(run));
            }
        }

        assertThat(outcomes).containsOnlyOnce("signed in");
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("signed in"))
                .allMatch(outcome -> outcome.equals("This link has already been used."));
    }

    @Test
    void a_link_opened_with_the_wrong_kind_or_a_made_up_token_is_not_recognised() {
        UserSummary invited = inviteToNorthfield();
        String token = MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));

        assertThat(links.open(token, AccountLinkKind.PASSWORD_RESET).state()).isEqualTo(OpenedLink.State.UNKNOWN);
        assertThat(links.open(SecretTokens.random(), AccountLinkKind.INVITATION).state())
                .isEqualTo(OpenedLink.State.UNKNOWN);
        assertThat(links.open("short", AccountLinkKind.INVITATION).state()).isEqualTo(OpenedLink.State.UNKNOWN);
    }

    @Test
    void another_providers_admin_can_neither_see_nor_resend_nor_withdraw_the_invitation() {
        UserSummary invited = inviteToNorthfield();
        signIn(RIVERSIDE_ADMIN);

        assertThat(users.findUsers(invited.email(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> users.resendInvitation(invited.id())).isInstanceOf(InvalidInputException.class)
                .hasMessage("No user with id " + invited.id());
        assertThatThrownBy(() -> users.withdrawInvitation(invited.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_invitation_uses_the_wording_the_provider_saved_on_the_messages_page() {
        signIn(RIVERSIDE_ADMIN);
        MessageWording current = templates.current(MessageKind.STAFF_INVITATION);
        templates.save(MessageKind.STAFF_INVITATION, new MessageWording.Draft("Welcome to {provider.name}",
                "Hi {staff.name}, start here: {invitation.link}", ""));
        try {
            String email = "worded-" + UUID.randomUUID().toString().substring(0, 8) + "@riverside.example";
            users.invite(email, "Worded Person", Set.of());

            String link = MailedLinks.awaitLink(MAIL, email, "/invitation/", 1);
            assertThat(MailedLinks.subjects(MAIL, email)).containsExactly("Welcome to Riverside Training");
            assertThat(MailedLinks.plainText(MAIL.receivedBy(email).getFirst()))
                    .startsWith("Hi Worded Person, start here: " + link);
        } finally {
            templates.save(MessageKind.STAFF_INVITATION, current.draft());
        }
    }

    private UserSummary inviteToNorthfield() {
        signIn(NORTHFIELD_ADMIN);
        return users.invite("invited-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example",
                "Invited Person", Set.of());
    }

    private AccountState stateOf(String email) {
        return users.findUsers(email, 0, 1).getFirst().state();
    }

    private static String get(Future<String> run) throws InterruptedException {
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
