package app.waymark.demo;

import app.waymark.base.jobs.RecurringJobs;
import app.waymark.destination.Activity;
import app.waymark.destination.ActivityAnswer;
import app.waymark.destination.ContactRuleMode;
import app.waymark.destination.DestinationSettingsService;
import app.waymark.destination.LearnerSurveys;
import app.waymark.destination.StudyKind;
import app.waymark.destination.SurveyChannels;
import app.waymark.destination.SurveyDispatch;
import app.waymark.destination.SurveyDraft;
import app.waymark.destination.TrackingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Switches destination tracking on for a demo provider (once) and, on that first start, asks the scheduler for the
 * daily survey run at once, so invitations and OTH-3 records exist; then learners answer through the real survey service (about 45% of those
 * invited; one stops half-way, one unsubscribes), so the answered, unanswered and unsubscribed cases all show.
 * Messages go through the outbox like any others (to the log when no SMTP or SMS provider is configured).
 */
@Component
class DemoDestinations {

    private static final Logger log = LoggerFactory.getLogger(DemoDestinations.class);
    private static final Duration FIRST_RUN_WAIT = Duration.ofMinutes(3);

    private final DestinationSettingsService settings;
    private final RecurringJobs jobs;
    private final LearnerSurveys surveys;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDestinations(DestinationSettingsService settings, RecurringJobs jobs, LearnerSurveys surveys,
                     JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.jobs = jobs;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Switches the current demo provider's tracking on; true when it was off (a first start). */
    boolean ensureTracking() {
        if (settings.current().trackingEnabled()) {
            return false;
        }
        settings.save(new TrackingSettings(true, LocalDate.now(clock).minusYears(2), 0, 7, 14, 28, 28,
                ContactRuleMode.STRICT, SurveyChannels.BOTH));
        return true;
    }

    /**
     * The first daily survey run, asked of the scheduler as an operator would ask it (the run then happens on
     * whichever node picks it up, exactly as at its daily time); waits for it to finish so answers can follow.
     */
    void firstSurveyRun() {
        Instant asked = Instant.now();
        RecurringJobs.RunRequest request = jobs.requestRun(SurveyDispatch.DAILY_RUN_JOB);
        if (request == RecurringJobs.RunRequest.ALREADY_RUNNING) {
            // A run that started before tracking was on may have missed the demo learners: wait, then ask again.
            jobs.awaitRunFinishedAfter(SurveyDispatch.DAILY_RUN_JOB, asked, FIRST_RUN_WAIT);
            asked = Instant.now();
            request = jobs.requestRun(SurveyDispatch.DAILY_RUN_JOB);
        }
        if (request != RecurringJobs.RunRequest.REQUESTED) {
            log.warn("Demo: the daily survey run could not be asked for ({}); it runs at its schedule", request);
            return;
        }
        jobs.awaitRunFinishedAfter(SurveyDispatch.DAILY_RUN_JOB, asked, FIRST_RUN_WAIT).ifPresentOrElse(
                run -> log.info("Demo: first daily survey run {} on {} in {} ms", run.succeeded() ? "done"
                        : "failed (" + run.failure() + ")", run.node(), run.duration().toMillis()),
                () -> log.warn("Demo: the first daily survey run did not finish within {} (is any node running"
                        + " jobs? waymark.jobs.enabled); demo answers are added at a later start", FIRST_RUN_WAIT));
    }

    /** Some of the current demo provider's invited learners answer, unless answers exist already. */
    void answerSomeIfNone() {
        if (!demoAnswersExist()) {
            answerSome();
        }
    }

    private boolean demoAnswersExist() {
        return transactions.execute(status -> jdbc.queryForObject(
                "select exists (select 1 from survey_response)", Boolean.class));
    }

    /**
     * What the demo's other respondents say they are doing, in turn: mostly work and study, some looking for work,
     * so the dashboard's outcomes and positive share look like a provider's.
     */
    private static final List<ActivityAnswer> MIX = List.of(
            answer(Activity.EMPLOYED, true, null), answer(Activity.EMPLOYED, false, null),
            answer(Activity.APPRENTICESHIP, null, null),
            answer(Activity.STUDYING, null, StudyKind.FURTHER_EDUCATION_PART_TIME),
            answer(Activity.EMPLOYED, true, null), answer(Activity.STUDYING, null, StudyKind.UNIVERSITY),
            answer(Activity.SELF_EMPLOYED, true, null), answer(Activity.LOOKING_FOR_WORK, null, null),
            answer(Activity.VOLUNTEERING, null, null), answer(Activity.EMPLOYED, true, null),
            answer(Activity.GAP_YEAR, null, null), answer(Activity.NOT_LOOKING_FOR_WORK, null, null));

    /**
     * A few learners answer (work, study, looking for work), one stops half-way, one unsubscribes; after those, four in
     * nine of the others answer from {@link #MIX}, so about 45% of the invited respond.
     */
    private void answerSome() {
        List<UUID> invitations = transactions.execute(status -> jdbc.queryForList(
                "select id from survey_invitation where status = 'SENT' order by id", UUID.class));
        LocalDate today = LocalDate.now(clock);
        int fromMix = 0;
        for (int i = 0; i < invitations.size(); i++) {
            LearnerSurveys.Survey survey = surveys.openInvitation(invitations.get(i));
            LocalDate started = survey.leavingDate().plusDays(10).isAfter(today) ? today
                    : survey.leavingDate().plusDays(10);
            switch (i) {
                case 0 -> surveys.submit(survey, new SurveyDraft(List.of(new ActivityAnswer(Activity.EMPLOYED, true,
                        null, started, true, null)), survey.email(), survey.mobile()));
                case 1 -> surveys.submit(survey, new SurveyDraft(List.of(new ActivityAnswer(Activity.STUDYING, null,
                        StudyKind.FURTHER_EDUCATION_FULL_TIME, started, true, null)), correctedEmail(survey),
                        survey.mobile()));
                case 2 -> surveys.submit(survey, new SurveyDraft(List.of(new ActivityAnswer(
                        Activity.LOOKING_FOR_WORK, null, null, started, true, null)), survey.email(), survey.mobile()));
                case 3 -> surveys.saveDraft(survey, new SurveyDraft(List.of(ActivityAnswer.of(Activity.VOLUNTEERING)),
                        null, null));
                case 4 -> surveys.unsubscribe(survey);
                default -> {
                    if (i % 9 < 8 && i % 9 % 2 == 0) {
                        ActivityAnswer template = MIX.get(fromMix++ % MIX.size());
                        surveys.submit(survey, new SurveyDraft(List.of(new ActivityAnswer(template.activity(),
                                template.sixteenHoursOrMore(), template.studyKind(), started, true, null)),
                                survey.email(), survey.mobile()));
                    }
                }
            }
        }
    }

    private static ActivityAnswer answer(Activity activity, Boolean sixteenHoursOrMore, StudyKind studyKind) {
        return new ActivityAnswer(activity, sixteenHoursOrMore, studyKind, null, null, null);
    }

    /**
     * A learner who moved on gives a new email address at the end of the survey, which raises a change-of-contact-
     * details tracker on their behalf, as for any learner.
     */
    private static String correctedEmail(LearnerSurveys.Survey survey) {
        return survey.email() == null ? "moved.on@example.org" : "new." + survey.email();
    }
}
