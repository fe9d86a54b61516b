package app.waymark.notification;

import app.waymark.IntegrationTest;
import app.waymark.base.jobs.JobScheduler;
import app.waymark.base.jobs.JobsProperties;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two app nodes (two schedulers on one database, this node's paused) deliver each message exactly once. */
class TwoNodeDeliveryTest extends IntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    JobScheduler thisNode;
    @Autowired
    MessageDelivery delivery;
    @Autowired
    RetryPolicy retryPolicy;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_scheduler_nodes_share_the_outbox_and_deliver_every_message_exactly_once() throws Exception {
        signIn(NORTHFIELD_ADMIN);
        OutboxTestSupport rows = new OutboxTestSupport(transactions, jdbc);
        AtomicInteger deliveredByA = new AtomicInteger();
        AtomicInteger deliveredByB = new AtomicInteger();
        Set<String> ours = ConcurrentHashMap.newKeySet();
        JobScheduler nodeA = node("node-a", ours, deliveredByA);
        JobScheduler nodeB = node("node-b", ours, deliveredByB);
        String run = UUID.randomUUID().toString().substring(0, 8);
        thisNode.client().pause();
        try {
            List<QueuedMessage> messages = rows.inTransaction(() -> IntStream.range(0, 120)
                    .mapToObj(i -> outbox.queue(new OutgoingEmail("two-nodes:" + i, "TEST",
                            "n" + i + "-" + run + "@two-nodes.example", "Message " + i, "Body " + i, null, null,
                            null)))
                    .toList());
            messages.forEach(message -> ours.add(message.id().toString()));
            nodeA.start();
            nodeB.start();

            await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> messages.stream()
                    .allMatch(message -> rows.status(message.id()) == MessageStatus.SENT));

            Map<String, Long> receivedPerMessage = MAIL.received().stream()
                    .filter(mail -> recipient(mail).endsWith(run + "@two-nodes.example"))
                    .collect(Collectors.groupingBy(TwoNodeDeliveryTest::messageId, Collectors.counting()));
            assertThat(receivedPerMessage).hasSize(120);
            assertThat(receivedPerMessage.values()).allMatch(count -> count == 1);
            assertThat(deliveredByA.get() + deliveredByB.get()).isEqualTo(120);
            assertThat(deliveredByA.get()).isPositive();
            assertThat(deliveredByB.get()).isPositive();
        } finally {
            nodeA.stop();
            nodeB.stop();
            thisNode.client().resume();
        }
    }

    /** A node counting its deliveries of {@code ours} (others' messages may still be waiting for a retry). */
    private JobScheduler node(String name, Set<String> ours, AtomicInteger executions) {
        Task<String> counted = Tasks.custom(MessageDeliveryTask.DESCRIPTOR).execute((instance, context) -> {
            if (ours.contains(instance.getId())) {
                executions.incrementAndGet();
            }
            return MessageDeliveryTask.definition(delivery, retryPolicy).execute(instance, context);
        });
        return new JobScheduler(dataSource, List.of(counted),
                new JobsProperties(true, Duration.ofMillis(50), Duration.ofSeconds(5), 6, 4), json, name);
    }

    private static String recipient(MimeMessage mail) {
        return call(m -> m.getAllRecipients()[0].toString(), mail);
    }

    private static String messageId(MimeMessage mail) {
        return call(m -> m.getHeader("X-Waymark-Message-Id")[0], mail);
    }

    private static String call(MailFunction function, MimeMessage mail) {
        try {
            return function.apply(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface MailFunction {
        String apply(MimeMessage mail) throws Exception;
    }
}
