package app.waymark.notification;

import app.waymark.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Which From address a message really leaves with: decided at delivery from the domains the operator approved for the
 * provider, so a withdrawal reaches messages already queued. Each test approves a domain of its own for Northfield
 * and withdraws it afterwards.
 */
class SenderAddressDeliveryTest extends IntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    SendingDomains sendingDomains;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    OutboxTestSupport rows;
    UUID northfield;
    Authentication operator;
    final List<String> approvedHere = new ArrayList<>();

    @BeforeEach
    void setUp() {
        rows = new OutboxTestSupport(transactions, jdbc);
        northfield = jdbc.queryForObject("select id from tenant where slug = 'northfield'", UUID.class);
        operator = authenticate(OPERATOR, demoPassword, "198.51.100.11");
    }

    @AfterEach
    void withdrawTheDomainsApprovedHere() {
        MAIL.start();
        asOperator(() -> approvedHere.forEach(domain -> sendingDomains.withdraw(northfield, domain)));
    }

    @Test
    void an_address_on_a_domain_nobody_approved_goes_from_the_platform_with_the_providers_name_and_reply_to() throws Exception {
        signIn(NORTHFIELD_ADMIN);
        String to = "unapproved-" + UUID.randomUUID() + "@mail.example";
        QueuedMessage queued = queue(to, new OutgoingEmail.Sender("Northfield College", "alerts@hmrc.gov.uk", null));

        assertSentFromWithReplyTo(delivered(queued, to), "Northfield College <no-reply@waymark.example>",
                "alerts@hmrc.gov.uk");
    }

    @Test
    void an_address_on_a_domain_approved_for_the_provider_is_the_from_address() throws Exception {
        String domain = approveForNorthfield();
        signIn(NORTHFIELD_ADMIN);
        String to = "approved-" + UUID.randomUUID() + "@mail.example";
        QueuedMessage queued = queue(to, new OutgoingEmail.Sender("Northfield College", "learners@" + domain,
                "help@" + domain));

        assertSentFromWithReplyTo(delivered(queued, to), "Northfield College <learners@" + domain + ">",
                "help@" + domain);
    }

    @Test
    void a_domain_approved_for_another_provider_does_not_let_this_one_send_from_it() throws Exception {
        String domain = approveForNorthfield();
        signIn(RIVERSIDE_ADMIN);
        String to = "other-provider-" + UUID.randomUUID() + "@mail.example";
        QueuedMessage queued = queue(to, new OutgoingEmail.Sender("Riverside Training", "learners@" + domain, null));

        assertSentFromWithReplyTo(delivered(queued, to), "Riverside Training <no-reply@waymark.example>",
                "learners@" + domain);
    }

    @Test
    void a_subdomain_of_an_approved_domain_is_not_approved() throws Exception {
        String domain = approveForNorthfield();
        signIn(NORTHFIELD_ADMIN);
        String to = "subdomain-" + UUID.randomUUID() + "@mail.example";
        QueuedMessage queued = queue(to, new OutgoingEmail.Sender("Northfield College", "news@mail." + domain, null));

        assertSentFromWithReplyTo(delivered(queued, to), "Northfield College <no-reply@waymark.example>",
                "news@mail." + domain);
    }

    @Test
    void withdrawing_approval_applies_to_a_message_queued_while_the_domain_was_approved() throws Exception {
        String domain = approveForNorthfield();
        signIn(NORTHFIELD_ADMIN);
        String to = "withdrawn-" + UUID.randomUUID() + "@mail.example";
        MAIL.stop();
        QueuedMessage queued = queue(to, new OutgoingEmail.Sender("Northfield College", "learners@" + domain, null));
        // With the mail server down, the message waits in the queue, retried every few tenths of a second, while the
        // domain is withdrawn. An attempt already under way keeps the sender it chose, so the mail server comes back
        // only once an attempt begun after the withdrawal has failed: every later attempt decides afresh.
        asOperator(() -> assertThat(sendingDomains.withdraw(northfield, domain)).isTrue());
        int attemptsAtWithdrawal = rows.attempts(queued.id());
        eventually().until(() -> rows.attempts(queued.id()) > attemptsAtWithdrawal
                && rows.status(queued.id()) != MessageStatus.SENDING);
        assertThat(rows.status(queued.id())).isNotEqualTo(MessageStatus.SENT);
        MAIL.start();

        assertSentFromWithReplyTo(delivered(queued, to), "Northfield College <no-reply@waymark.example>",
                "learners@" + domain);
    }

    private static void assertSentFromWithReplyTo(MimeMessage mail, String from, String replyTo) throws Exception {
        assertThat(mail.getFrom()[0].toString()).isEqualTo(from);
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo(replyTo);
    }

    private String approveForNorthfield() {
        String domain = "sender-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        asOperator(() -> assertThat(sendingDomains.approve(northfield, domain).newlyApproved()).isTrue());
        approvedHere.add(domain);
        return domain;
    }

    private void asOperator(Runnable work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(operator);
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private QueuedMessage queue(String to, OutgoingEmail.Sender sender) {
        return rows.inTransaction(() -> outbox.queue(new OutgoingEmail("test:" + to, "TEST", to, "Subject", "Body",
                null, sender, null)));
    }

    private MimeMessage delivered(QueuedMessage queued, String to) {
        eventually().until(() -> rows.status(queued.id()) == MessageStatus.SENT);
        return MAIL.receivedBy(to).getFirst();
    }

    private static org.awaitility.core.ConditionFactory eventually() {
        return await().pollInSameThread().atMost(Duration.ofSeconds(15));
    }
}
