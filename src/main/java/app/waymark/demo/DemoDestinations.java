package app.waymark.demo;

import app.waymark.destination.Activity;
import app.waymark.destination.ActivityAnswer;
import app.waymark.destination.ContactRuleMode;
import app.waymark.destination.DestinationSettingsService;
import app.waymark.destination.DispatchReport;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Switches destination tracking on for a demo provider (once) and runs the daily survey run, so invitations and
 * OTH-3 records exist on first start; then learners answer through the real survey service (about 45% of those
 * invited; one stops half-way, one unsubscribes), so the answered, unanswered and unsubscribed cases all show.
 * Messages go through the outbox like any others (to the log when no SMTP or SMS provider is configured).
 */
@Component
class DemoDestinations {

    private static final Logger log = LoggerFactory.getLogger(DemoDestinations.class);

    private final DestinationSettingsService settings;
    private final SurveyDispatch dispatch;
    private final LearnerSurveys surveys;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDestinations(DestinationSettingsService settings, SurveyDispatch dispatch, LearnerSurveys surveys,
                     JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.dispatch = dispatch;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    void ensureTracking(String provider) {
        if (!settings.current().trackingEnabled()) {
            settings.save(new TrackingSettings(true, LocalDate.now(clock).minusYears(2), 0, 7, 14, 28, 28,
                    ContactRuleMode.STRICT, SurveyChannels.BOTH));
        }
        DispatchReport report = dispatch.runDaily();
        log.info("Demo survey run for {}: {}", provider, report);
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

    /** A learner who moved on gives a new email address at the end of the survey: a contact update for staff. */
    private static String correctedEmail(LearnerSurveys.Survey survey) {
        return survey.email() == null ? "moved.on@example.org" : "new." + survey.email();
    }
}
