package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.base.jobs.JobScheduler;
import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.TestJobNodes;
import app.waymark.learner.RecordChange;
import app.waymark.notification.EmailMode;
import app.waymark.notification.EmailPreference;
import app.waymark.notification.StaffEmailPreferences;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantService;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.waymark.TestMailServer.subject;
import static app.waymark.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who is told of what happens to a tracker, through the real listener, outbox and SMTP (GreenMail), in a provider of
 * the test's own so exactly who holds which permission is known. Summaries go through the real scheduler.
 */
class TrackerNotificationTest extends IntegrationTest {

    private static final Set<String> REVIEWERS = Set.of("tracker-preauthorise", "tracker-process", "compliance");
    private static final TaskInstanceId DIGEST_JOB = TaskInstanceId.of(TrackerDigestJob.NAME, RecurringTask.INSTANCE);

    private static NotifiedProvider provider;

    @Autowired
    TrackerService trackers;
    @Autowired
    TrackerTypeSettings settings;
    @Autowired
    StaffEmailPreferences preferences;
    @Autowired
    TrackerDigests digests;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JobScheduler thisNode;
    @Autowired
    TestJobNodes nodes;
    @Value("${waymark.trackers.digest-cron}")
    String configuredCron;

    @BeforeEach
    void aProviderOfOurOwn() {
        if (provider == null) {
            provider = NotifiedProvider.create(tenants, accounts, jdbc, transactions, demoPassword);
            signIn(provider.email("admin"));
            TrackerTypeSetting name = TrackerTypeSetting.defaults(TrackerType.CHANGE_OF_NAME);
            settings.save(new TrackerTypeSetting(name.type(), true, true, false, name.dueDays()));
        }
    }

    @Test
    void raising_tells_the_assignee_and_every_pre_authoriser_and_processor_but_not_the_raiser_or_the_tutor() {
        UUID learner = provider.learner("Rhea");
        UUID assignee = provider.staffId("tracker-edit");
        List<UUID> raised = new ArrayList<>();

        Told told = told(null, () -> {
            signIn(provider.email("tracker-create"));
            raised.add(trackers.raise(address(learner, assignee)));
        });

        UUID tracker = raised.getFirst();
        Set<String> expected = union(Set.of("tracker-edit"), REVIEWERS);
        assertThat(told.bell()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(told.emailed()).containsExactlyInAnyOrderElementsOf(expected);
        String reference = reference(tracker);
        MimeMessage toAssignee = awaitEmail("tracker-edit", reference);
        assertThat(text(toAssignee)).contains("Cal Creator raised it and assigned it to you.")
                .contains("/trackers/" + tracker);
        assertThat(subject(toAssignee)).isEqualTo(reference + " Change of address for Rhea Notified");
        assertThat(text(awaitEmail("compliance", reference))).contains("Cal Creator raised it and assigned it to"
                + " Ed Editor.");
        awaitEmail("tracker-preauthorise", reference);
        awaitEmail("tracker-process", reference);
        assertThat(bellTitles(tracker)).allMatch(title -> title.equals(reference
                + " Change of address for Rhea Notified: new"));
    }

    @Test
    void whoever_raises_or_allocates_is_not_told_of_it_and_the_tutor_is_never_told_of_an_allocation() {
        UUID learner = provider.learner("Sana");
        List<UUID> raised = new ArrayList<>();
        Told raising = told(null, () -> {
            signIn(provider.email("tracker-create"));
            raised.add(trackers.raise(address(learner, provider.staffId("tracker-create"))));
        });
        UUID tracker = raised.getFirst();
        assertThat(raising.bell()).containsExactlyInAnyOrderElementsOf(REVIEWERS);

        Told selfAllocation = told(tracker, () -> {
            signIn(provider.email("tracker-process"));
            trackers.assign(List.of(tracker), provider.staffId("tracker-process"));
        });
        assertThat(selfAllocation.bell()).containsExactlyInAnyOrder("tracker-preauthorise", "compliance");
        assertThat(selfAllocation.emailed()).containsExactlyInAnyOrder("tracker-preauthorise", "compliance");

        Told allocation = told(tracker, () -> {
            signIn(provider.email("compliance"));
            trackers.assign(List.of(tracker), provider.staffId("tracker-edit"));
        });
        assertThat(allocation.bell()).containsExactlyInAnyOrder("tracker-edit", "tracker-preauthorise",
                "tracker-process");
        assertThat(allocation.emailed()).containsExactlyInAnyOrder("tracker-edit", "tracker-preauthorise",
                "tracker-process");
        assertThat(text(awaitEmail("tracker-edit", reference(tracker)))).contains("Cora Compliance assigned it to you.");
    }

    @Test
    void processing_tells_the_primary_tutor_and_the_raiser_while_edits_tell_nobody() {
        UUID learner = provider.learner("Tomas");
        List<UUID> raised = new ArrayList<>();
        told(null, () -> {
            signIn(provider.email("tracker-create"));
            raised.add(trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_NAME, learner,
                    new RecordChange.NameChange("Tomasz", "Notified", false), null, null, "email from learner",
                    null, provider.staffId("tracker-process"))));
        });
        UUID tracker = raised.getFirst();

        Told edit = told(tracker, () -> {
            signIn(provider.email("tracker-edit"));
            trackers.edit(tracker, version(tracker), new RecordChange.NameChange("Tomasz", "Notified-Nowak", false),
                    null, "surname too");
        });
        assertThat(edit.bell()).isEmpty();
        assertThat(edit.emailed()).isEmpty();

        Told preAuthorisation = told(tracker, () -> {
            signIn(provider.email("tracker-preauthorise"));
            trackers.preAuthorise(tracker, version(tracker));
        });
        assertThat(preAuthorisation.bell()).as("the assignee's bell only").containsExactly("tracker-process");
        assertThat(preAuthorisation.emailed()).isEmpty();

        Told processing = told(tracker, () -> {
            signIn(provider.email("tracker-process"));
            trackers.process(tracker, version(tracker), Map.of());
        });
        assertThat(processing.bell()).containsExactlyInAnyOrder("tutor", "tracker-create");
        assertThat(processing.emailed()).containsExactlyInAnyOrder("tutor", "tracker-create");
        String reference = reference(tracker);
        assertThat(text(awaitEmail("tutor", reference))).contains("Pru Processor processed it: the change is now on"
                + " your learner's record.");
        assertThat(text(awaitEmail("tracker-create", reference))).contains("Pru Processor processed it");
        assertThat(provider.query("select count(*) from staff_notification where link = ? and recipient_id = ?",
                Long.class, "trackers/" + tracker, provider.staffId("tutor")))
                .as("the tutor heard of this tracker once: when it was processed").containsExactly(1L);
    }

    @Test
    void the_raiser_is_told_of_a_rejection_with_the_reason_but_not_of_their_own_cancellation() {
        UUID learner = provider.learner("Uma");
        List<UUID> raised = new ArrayList<>();
        told(null, () -> {
            signIn(provider.email("tracker-create"));
            raised.add(trackers.raise(address(learner, null)));
            raised.add(trackers.raise(address(learner, null)));
        });
        UUID rejected = raised.get(0);
        UUID cancelled = raised.get(1);

        Told rejection = told(rejected, () -> {
            signIn(provider.email("compliance"));
            trackers.reject(rejected, version(rejected), "The learner has not moved yet");
        });
        assertThat(rejection.bell()).containsExactly("tracker-create");
        assertThat(rejection.emailed()).containsExactly("tracker-create");
        assertThat(text(awaitEmail("tracker-create", reference(rejected))))
                .contains("Cora Compliance rejected it. The reason given: The learner has not moved yet");

        Told cancellation = told(cancelled, () -> {
            signIn(provider.email("tracker-create"));
            trackers.cancel(cancelled, version(cancelled));
        });
        assertThat(cancellation.bell()).isEmpty();
        assertThat(cancellation.emailed()).isEmpty();
    }

    @Test
    void no_emails_means_the_bell_only_and_a_daily_summary_is_one_email_at_the_chosen_time_through_the_scheduler() {
        UUID learner = provider.learner("Vic");
        Instant start = clock.instant();
        LocalTime digestTime = ZonedDateTime.ofInstant(start.plus(Duration.ofHours(2)), EmailPreference.UK)
                .toLocalTime();
        choose("tracker-preauthorise", EmailMode.DAILY_DIGEST, digestTime);
        choose("tracker-process", EmailMode.NONE, null);
        try {
            List<UUID> raised = new ArrayList<>();
            Told told = told(null, () -> {
                signIn(provider.email("tracker-create"));
                raised.add(trackers.raise(address(learner, null)));
                raised.add(trackers.raise(address(learner, null)));
            });
            assertThat(told.bell()).containsExactlyInAnyOrder("tracker-preauthorise", "tracker-process",
                    "compliance", "tracker-preauthorise", "tracker-process", "compliance");
            assertThat(told.emailed()).containsExactlyInAnyOrder("compliance", "compliance");
            assertThat(pendingDigestItems("tracker-process")).as("no emails: nothing kept for later").isZero();
            assertThat(pendingDigestItems("tracker-preauthorise")).isEqualTo(2);

            thisNode.client().pause();
            JobScheduler node = nodes.start("tracker-digest-every-two-seconds", false,
                    TrackerDigestJob.task("*/2 * * * * *", () -> digests, tenants));
            try {
                awaitTwoRuns(node);
                assertThat(digestsTo("tracker-preauthorise")).as("not before the chosen time").isZero();

                clock.advance(Duration.ofHours(2).plusMinutes(1));
                await().atMost(Duration.ofSeconds(60)).until(() -> digestsTo("tracker-preauthorise") == 1);
                String summary = text(awaitEmailWithSubject("tracker-preauthorise", "tracker summary: 2 updates"));
                assertThat(summary).contains(reference(raised.get(0)) + " Change of address for Vic Notified: Cal"
                        + " Creator raised it; nobody is assigned to it yet.").contains(reference(raised.get(1)));
                assertThat(pendingDigestItems("tracker-preauthorise")).isZero();

                awaitTwoRuns(node);
                assertThat(digestsTo("tracker-preauthorise")).as("sent once").isEqualTo(1);
                assertThat(digestsTo("tracker-process")).isZero();
            } finally {
                stopWhenIdle(node);
            }
        } finally {
            choose("tracker-preauthorise", EmailMode.EACH_EVENT, null);
            choose("tracker-process", EmailMode.EACH_EVENT, null);
            JobScheduler restored = nodes.start("restored", true, TrackerDigestJob.task(configuredCron,
                    () -> digests, tenants));
            restored.stop();
            thisNode.client().resume();
        }
    }

    /** Who got a bell entry and who an email about {@code tracker} (null: any of this provider's) through the step. */
    private record Told(List<String> bell, List<String> emailed) {
    }

    private Told told(UUID tracker, Runnable step) {
        Set<UUID> bellBefore = new HashSet<>(bellIds(tracker));
        Set<UUID> outboxBefore = new HashSet<>(outboxIds(tracker));
        step.run();
        List<UUID> bellRecipients = new ArrayList<>();
        for (UUID id : bellIds(tracker)) {
            if (!bellBefore.contains(id)) {
                bellRecipients.add(provider.query("select recipient_id from staff_notification where id = ?",
                        UUID.class, id).getFirst());
            }
        }
        List<String> emailed = new ArrayList<>();
        for (UUID id : outboxIds(tracker)) {
            if (!outboxBefore.contains(id)) {
                emailed.add(NotifiedProvider.mailbox(provider.query(
                        "select recipient from outbox_message where id = ?", String.class, id).getFirst()));
            }
        }
        return new Told(provider.mailboxes(bellRecipients), emailed);
    }

    private List<UUID> bellIds(UUID tracker) {
        return provider.query("select id from staff_notification where link like ?", UUID.class,
                "trackers/" + (tracker == null ? "%" : tracker.toString()));
    }

    private List<UUID> outboxIds(UUID tracker) {
        return provider.query("select id from outbox_message where kind = 'TRACKER_UPDATE' and purpose like ?",
                UUID.class, "tracker-%:" + (tracker == null ? "%" : tracker.toString()) + ":%");
    }

    private List<String> bellTitles(UUID tracker) {
        return provider.query("select title from staff_notification where link = ?", String.class,
                "trackers/" + tracker);
    }

    private long pendingDigestItems(String mailbox) {
        return provider.query("select count(*) from tracker_digest_item where staff_id = ? and sent_at is null",
                Long.class, provider.staffId(mailbox)).getFirst();
    }

    private long digestsTo(String mailbox) {
        return provider.query("select count(*) from outbox_message where kind = 'TRACKER_DIGEST' and recipient = ?",
                Long.class, provider.email(mailbox)).getFirst();
    }

    private void choose(String mailbox, EmailMode mode, LocalTime digestTime) {
        signIn(provider.email(mailbox));
        preferences.saveMine(mode, digestTime);
    }

    private String reference(UUID tracker) {
        signIn(provider.email("tracker-process"));
        return trackers.details(tracker).orElseThrow().summary().reference();
    }

    private long version(UUID tracker) {
        return trackers.details(tracker).orElseThrow().version();
    }

    private MimeMessage awaitEmail(String mailbox, String reference) {
        return awaitEmailWithSubject(mailbox, reference + " ");
    }

    private MimeMessage awaitEmailWithSubject(String mailbox, String subjectPart) {
        List<MimeMessage> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            MAIL.receivedBy(provider.email(mailbox)).stream()
                    .filter(message -> subject(message).contains(subjectPart)).findFirst().ifPresent(found::add);
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    /** Waits for a run of the summary job that started after now (the second one to finish from now). */
    private void awaitTwoRuns(JobScheduler node) {
        RecurringJobRun first = nodes.jobsOf(node).awaitRunFinishedAfter(TrackerDigestJob.NAME, Instant.now(),
                Duration.ofSeconds(60)).orElseThrow();
        RecurringJobRun second = nodes.jobsOf(node).awaitRunFinishedAfter(TrackerDigestJob.NAME,
                first.finishedAt(), Duration.ofSeconds(60)).orElseThrow();
        assertThat(second.succeeded()).as("the run's failure: %s", second.failure()).isTrue();
    }

    private void stopWhenIdle(JobScheduler node) {
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                try {
                    return node.client().reschedule(DIGEST_JOB, Instant.now().plus(Duration.ofDays(365)));
                } catch (TaskInstanceCurrentlyExecutingException running) {
                    return false;
                }
            });
        } finally {
            node.stop();
        }
    }

    private static RaiseRequest address(UUID learner, UUID assignee) {
        return new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS, learner,
                new RecordChange.AddressChange("7 Notice Row", null, null, null, "LS7 7NR"), null, null,
                "phone call from learner", null, assignee);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

}
