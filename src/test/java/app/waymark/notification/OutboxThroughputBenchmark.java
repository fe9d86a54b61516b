package app.waymark.notification;

import app.waymark.IntegrationTest;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import static org.awaitility.Awaitility.await;

/**
 * Benchmark, not a test (tag "benchmark", excluded from {@code ./mvnw verify}; run with {@code bench/outbox.sh}).
 * Queues 10,000 emails for the local SMTP sink (GreenMail) and 10,000 SMS for the local Vonage stub (WireMock), waits
 * until all are sent, and prints messages per second and how the delivery threads' time divides between Waymark
 * (database, rendering, scheduling) and waiting on the stub.
 */
@Tag("benchmark")
@TestPropertySource(properties = {
        "waymark.notification.sms.requests-per-second=${bench.sms-rate:100000}",
        "waymark.jobs.threads=${bench.threads:10}",
        "logging.level.com.github.kagkarlsson=WARN"})
class OutboxThroughputBenchmark extends IntegrationTest {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    private static final int BATCH = 1_000;

    static final AtomicLong EXECUTION_NANOS = new AtomicLong();
    static final AtomicLong GATEWAY_NANOS = new AtomicLong();

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${waymark.jobs.threads:10}")
    int threads;
    @Value("${waymark.notification.sms.requests-per-second}")
    int smsRate;

    @Test
    void outbox_throughput() {
        signIn(NORTHFIELD_ADMIN);
        String run = UUID.randomUUID().toString().substring(0, 8);
        measure("email", run, i -> new OutgoingEmail("bench-email:" + run + ":" + i, "BENCH",
                "learner" + i + "@bench.example", "Your survey", "Hello learner " + i + ", please answer.",
                "<p>Hello learner " + i + ", please answer.</p>", null, null));
        measure("sms", run, i -> new OutgoingSms("bench-sms:" + run + ":" + i, "BENCH", "+4477009%05d".formatted(i),
                "Hello learner " + i + ", please answer: http://localhost/s/" + i, null));
    }

    private void measure(String channel, String run, IntFunction<Object> message) {
        EXECUTION_NANOS.set(0);
        GATEWAY_NANOS.set(0);
        long start = System.nanoTime();
        for (int from = 0; from < MESSAGES; from += BATCH) {
            List<OutgoingEmail> emails = new ArrayList<>();
            List<OutgoingSms> texts = new ArrayList<>();
            for (int i = from; i < Math.min(from + BATCH, MESSAGES); i++) {
                switch (message.apply(i)) {
                    case OutgoingEmail email -> emails.add(email);
                    case OutgoingSms sms -> texts.add(sms);
                    default -> throw new IllegalStateException();
                }
            }
            transactions.executeWithoutResult(status -> outbox.queueAll(emails, texts));
        }
        long queued = System.nanoTime();
        await().pollInSameThread().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofMinutes(20))
                .until(() -> sent(channel, run) >= MESSAGES);
        long done = System.nanoTime();
        double seconds = (done - start) / 1e9;
        double execution = EXECUTION_NANOS.get() / 1e9;
        double gateway = GATEWAY_NANOS.get() / 1e9;
        System.out.printf("outbox_%s messages=%d threads=%d%s queue_seconds=%.1f queue_to_all_sent_seconds=%.1f"
                        + " messages_per_second=%.0f delivery_thread_seconds=%.1f waiting_on_stub_seconds=%.1f"
                        + " waymark_share=%.0f%% stub_share=%.0f%%%n",
                channel, MESSAGES, threads, channel.equals("sms") ? " sms_rate_limit=" + smsRate + "/s" : "",
                (queued - start) / 1e9, seconds, MESSAGES / seconds, execution, gateway,
                100 * (execution - gateway) / execution, 100 * gateway / execution);
    }

    private int sent(String channel, String run) {
        return transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from outbox_message where purpose like ? and status = 'SENT'", Integer.class,
                "bench-" + channel + ":" + run + ":%"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Timing {

        @Bean
        ExecutionInterceptor timeEveryDelivery() {
            return (instance, context, chain) -> {
                long start = System.nanoTime();
                try {
                    return chain.proceed(instance, context);
                } finally {
                    EXECUTION_NANOS.addAndGet(System.nanoTime() - start);
                }
            };
        }

        @Bean
        @Primary
        EmailGateway timedEmailGateway(JavaMailSender mailSender, Environment environment) {
            SmtpEmailGateway smtp = new SmtpEmailGateway(mailSender, environment.getProperty("spring.mail.host"));
            return new EmailGateway() {
                @Override
                public DeliveryOutcome send(EmailToSend email) {
                    long start = System.nanoTime();
                    try {
                        return smtp.send(email);
                    } finally {
                        GATEWAY_NANOS.addAndGet(System.nanoTime() - start);
                    }
                }

                @Override
                public String description() {
                    return "timed " + smtp.description();
                }
            };
        }

        @Bean
        @Primary
        SmsGateway timedSmsGateway(NotificationProperties properties, JdbcTemplate jdbc) {
            VonageSmsGateway vonage = new VonageSmsGateway(properties.sms(), new SharedRateLimiter(jdbc,
                    "vonage:bench", properties.sms().requestsPerSecond()));
            return new SmsGateway() {
                @Override
                public DeliveryOutcome send(SmsToSend sms) {
                    long start = System.nanoTime();
                    try {
                        return vonage.send(sms);
                    } finally {
                        GATEWAY_NANOS.addAndGet(System.nanoTime() - start);
                    }
                }

                @Override
                public String description() {
                    return "timed " + vonage.description();
                }
            };
        }
    }
}
