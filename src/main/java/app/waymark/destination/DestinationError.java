package app.waymark.destination;

import app.waymark.base.InputError;
import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;

/**
 * Every problem the destination module tells people about, staff or learner (decision 0059): the translation key in
 * {@code vaadin-i18n/translations.properties}, the form field it belongs to (null: the caller names it, or it is
 * about the change as a whole) and how many arguments its message takes. Dates are passed through
 * {@link Translatable#day} and numbers as numbers: the message formats them.
 */
public enum DestinationError implements InputError {

    // ---- Staff records (ManualDestinations, AutomaticRecords) ----
    RECORD_GONE("destination.error.record-gone", null, 0),
    LEARNER_GONE("destination.error.learner-gone", null, 0),
    ONLY_STAFF_RECORDS_CHANGE_SURVEY_RECORD("destination.error.only-staff-records.survey", null, 0),
    ONLY_STAFF_RECORDS_CHANGE_AUTOMATIC_RECORD("destination.error.only-staff-records.automatic", null, 0),
    OUTCOME_MISSING("destination.field.outcome.required", DestinationField.OUTCOME, 0),
    START_DATE_MISSING("destination.field.start.required", DestinationField.START_DATE, 0),
    COLLECTION_DATE_MISSING("destination.field.collected.required", DestinationField.COLLECTION_DATE, 0),
    END_DATE_BEFORE_START("destination.field.end.before-start", DestinationField.END_DATE, 0),
    COLLECTION_DATE_IN_FUTURE("destination.field.collected.future", DestinationField.COLLECTION_DATE, 0),
    /** {0} the code as staff write it, e.g. EMP-3. */
    NOT_AN_OUTCOME_CODE("destination.error.not-an-outcome-code", DestinationField.OUTCOME, 1),
    SUPERSEDE_REASON_MISSING("destination.supersede.required", DestinationField.REASON, 0),
    REVIEW_NOTE_MISSING("destination.review.required", DestinationField.NOTE, 0),
    /** {0} the most characters, {1} how many were given; on the field the caller names. */
    NOTE_TOO_LONG("destination.error.note-too-long", null, 2),
    ONLY_AUTOMATIC_OTH3_SUPERSEDED_SURVEY_RECORD("destination.error.only-automatic-superseded.survey", null, 0),
    ONLY_AUTOMATIC_OTH3_SUPERSEDED_STAFF_RECORD("destination.error.only-automatic-superseded.staff", null, 0),
    /** {0} who, {1} the day. */
    ALREADY_SUPERSEDED("destination.error.already-superseded", null, 2),
    NOT_FLAGGED("destination.error.not-flagged", null, 0),
    SUPERSEDED_NEEDS_NO_REVIEW("destination.error.superseded-needs-no-review", null, 0),
    /** {0} who, {1} the day. */
    ALREADY_REVIEWED("destination.error.already-reviewed", null, 2),
    /** Confirming a future outcome started (decision 0060): {0} code, {1} start, {2} collected. */
    NOT_A_FUTURE_OUTCOME("destination.error.not-a-future-outcome", null, 3),
    SUPERSEDED_NEEDS_NO_CONFIRMATION("destination.error.superseded-needs-no-confirmation", null, 0),
    /** {0} code, {1} who, {2} the day. */
    ALREADY_CONFIRMED("destination.error.already-confirmed", null, 3),
    /** {0} code, {1} the start date, from which it can be confirmed. */
    CONFIRMED_BEFORE_IT_STARTS("destination.error.confirmed-before-start", null, 2),

    // ---- The ILR rules for a learner's records taken together (OutcomeRules); the caller names the field ----
    /** {0} code, {1} start, {2} valid from, {3} valid to. */
    CODE_VALID_BETWEEN("destination.error.rule.code-valid-between", null, 4),
    /** {0} code, {1} start, {2} the last day it was valid. */
    CODE_WITHDRAWN("destination.error.rule.code-withdrawn", null, 3),
    /** {0} code, {1} start, {2} the first day it is valid. */
    CODE_NOT_YET_VALID("destination.error.rule.code-not-yet-valid", null, 3),
    SOCIAL_DESTINATIONS_FOR_HIGH_NEEDS_ONLY("destination.error.rule.sde-high-needs", null, 0),
    /** {0} code, {1} end, {2} start. */
    ENDS_BEFORE_IT_STARTS("destination.error.rule.ends-before-start", null, 3),
    /** {0} the collection date. */
    COLLECTED_IN_FUTURE("destination.error.rule.collected-in-future", null, 1),
    /** {0} code, {1} start. */
    STARTS_OVER_TEN_YEARS_BEFORE("destination.error.rule.starts-too-early", null, 2),
    /** {0} code, {1} start, {2} collected. */
    STARTS_OVER_A_YEAR_AFTER_COLLECTION("destination.error.rule.starts-too-late", null, 3),
    /** {0} how many, {1} the type, {2} start. */
    SAME_TYPE_TWICE("destination.error.rule.same-type-twice", null, 3),
    /** {0} how many, {1} start. */
    MORE_THAN_TWO_EDU("destination.error.rule.more-than-two-edu", null, 2),
    /** {0} start. */
    EMP_AND_NPE_SAME_DAY("destination.error.rule.emp-and-npe", null, 1),

    // ---- Why a survey cannot be sent by hand, or a learner cannot be contacted (SurveyDispatch, ContactRule) ----
    SEND_NOT_LEFT("destination.error.send.not-left", null, 0),
    /** {0} the leaving date, {1} the back-population date. */
    SEND_LEFT_BEFORE_BACK_POPULATION("destination.error.send.before-back-population", null, 2),
    /** {0} the day the earlier survey was sent. */
    SEND_ALREADY_SENT("destination.error.send.already-sent", null, 1),
    /** {0} the blocking indicators, e.g. "3, 4". */
    CONTACT_RUI("destination.error.contact.rui", null, 1),
    CONTACT_PMC_NO_EMAIL("destination.error.contact.pmc-no-email", null, 0),
    CONTACT_PMC_NO_TELEPHONE("destination.error.contact.pmc-no-telephone", null, 0),
    CONTACT_NO_VALID_EMAIL("destination.error.contact.no-valid-email", null, 0),
    CONTACT_NO_UK_MOBILE("destination.error.contact.no-uk-mobile", null, 0),
    CONTACT_UNSUBSCRIBED_EMAIL("destination.error.contact.unsubscribed-email", null, 0),
    CONTACT_UNSUBSCRIBED_SMS("destination.error.contact.unsubscribed-sms", null, 0),
    CONTACT_ONLY_EMAIL_POSSIBLE("destination.error.contact.only-email-possible", null, 0),
    CONTACT_ONLY_SMS_POSSIBLE("destination.error.contact.only-sms-possible", null, 0),

    // ---- Tracking settings (DestinationSettingsService) ----
    BACK_POPULATION_DATE_NEEDED("destination.error.settings.back-population-needed",
            DestinationField.BACK_POPULATION_DATE, 0),
    /** {0} least, {1} most, {2} given (days). */
    DAYS_AFTER_LEAVING_OUT_OF_RANGE("destination.error.settings.days-after-leaving.range",
            DestinationField.DAYS_AFTER_LEAVING, 3),
    FIRST_REMINDER_OUT_OF_RANGE("destination.error.settings.first-reminder.range",
            DestinationField.FIRST_REMINDER_DAYS, 3),
    SECOND_REMINDER_OUT_OF_RANGE("destination.error.settings.second-reminder.range",
            DestinationField.SECOND_REMINDER_DAYS, 3),
    NON_RESPONSE_OUT_OF_RANGE("destination.error.settings.non-response.range",
            DestinationField.NON_RESPONSE_DAYS, 3),
    LINK_EXPIRY_OUT_OF_RANGE("destination.error.settings.link-expiry.range", DestinationField.LINK_EXPIRY_DAYS, 3),
    SECOND_REMINDER_NOT_AFTER_FIRST("destination.error.settings.second-reminder.order",
            DestinationField.SECOND_REMINDER_DAYS, 0),
    /** {0} the window, {1} the last reminder's day. */
    NON_RESPONSE_NOT_AFTER_LAST_REMINDER("destination.error.settings.non-response.after-reminders",
            DestinationField.NON_RESPONSE_DAYS, 2),
    /** {0} the window. */
    LINK_EXPIRES_BEFORE_WINDOW("destination.error.settings.link-expiry.window", DestinationField.LINK_EXPIRY_DAYS, 1),
    CONTACT_RULE_MISSING("destination.error.settings.contact-rule", DestinationField.CONTACT_RULE_MODE, 0),

    // ---- The survey link is no longer open (LearnerSurveys) ----
    SURVEY_ALREADY_ANSWERED("destination.error.survey.answered", DestinationField.SURVEY, 0),
    SURVEY_LINK_EXPIRED("destination.error.survey.expired", DestinationField.SURVEY, 0),
    SURVEY_CLOSED("destination.error.survey.closed", DestinationField.SURVEY, 0),
    SURVEY_UNSUBSCRIBED("destination.error.survey.unsubscribed", DestinationField.SURVEY, 0),

    // ---- The learner's answers, one page at a time (SurveyFlow, SurveyDerivation.checkAnswer) ----
    NO_ACTIVITY_CHOSEN("survey.activities.none", DestinationField.ACTIVITIES, 0),
    /** The date boxes (on the start or end date: the caller names it). */
    DATE_INCOMPLETE("survey.date.incomplete", null, 0),
    DATE_YEAR_NOT_FOUR_DIGITS("survey.date.year-four", null, 0),
    DATE_NOT_REAL("survey.date.real", null, 0),
    HOURS_MISSING("survey.problem.hours", DestinationField.HOURS, 0),
    STUDY_KIND_MISSING("survey.problem.study-kind", DestinationField.STUDY_KIND, 0),
    STARTED_MISSING("survey.problem.start-date.missing", DestinationField.START_DATE, 0),
    /** {0} the latest start date. */
    STARTS_TOO_FAR_AHEAD("survey.problem.start-date.too-far", DestinationField.START_DATE, 1),
    ONGOING_MISSING("survey.problem.ongoing", DestinationField.ONGOING, 0),
    ENDED_BEFORE_STARTING("survey.problem.ongoing.not-started", DestinationField.ONGOING, 0),
    ENDED_MISSING("survey.problem.end-date.missing", DestinationField.END_DATE, 0),
    ENDED_IN_FUTURE("survey.problem.end-date.future", DestinationField.END_DATE, 0),
    ENDED_BEFORE_STARTED("survey.problem.end-date.before-start", DestinationField.END_DATE, 0),
    ENDED_BEFORE_LEAVING("survey.problem.end-date.before-leaving", DestinationField.END_DATE, 0),
    EMAIL_NOT_VALID("survey.contact.email.invalid", DestinationField.EMAIL, 0),
    MOBILE_NOT_VALID("survey.contact.mobile.invalid", DestinationField.MOBILE, 0),

    // ---- The learner's answers taken together (SurveyDerivation.conflicts and outcomes) ----
    NOTHING_CHOSEN("survey.conflict.none", DestinationField.ANSWERS, 0),
    PREFER_NOT_TO_SAY_WITH_OTHERS("survey.conflict.prefer-not-to-say", DestinationField.ANSWERS, 0),
    NOT_OFFERED("survey.conflict.not-offered", DestinationField.ANSWERS, 0),
    /** {0} the day they start (each of these). */
    WORKING_AND_NOT_WORKING("survey.conflict.working-and-not-working", DestinationField.ANSWERS, 1),
    EMPLOYED_AND_SELF_EMPLOYED("survey.conflict.employed-and-self-employed", DestinationField.ANSWERS, 1),
    LOOKING_AND_NOT_LOOKING("survey.conflict.looking-and-not-looking", DestinationField.ANSWERS, 1),
    TOO_MANY_STUDIES("survey.conflict.studies", DestinationField.ANSWERS, 1),
    MORE_THAN_ONE_LIVING_ARRANGEMENT("survey.conflict.living", DestinationField.ANSWERS, 1),
    /** An answer that cannot stand beside a record already held, by that record's type; {0} the day. */
    CLASHES_WITH_EMP_RECORD("survey.conflict.existing.EMP", DestinationField.ANSWERS, 1),
    CLASHES_WITH_EDU_RECORD("survey.conflict.existing.EDU", DestinationField.ANSWERS, 1),
    CLASHES_WITH_VOL_RECORD("survey.conflict.existing.VOL", DestinationField.ANSWERS, 1),
    CLASHES_WITH_GAP_RECORD("survey.conflict.existing.GAP", DestinationField.ANSWERS, 1),
    CLASHES_WITH_SDE_RECORD("survey.conflict.existing.SDE", DestinationField.ANSWERS, 1),
    CLASHES_WITH_NPE_RECORD("survey.conflict.existing.NPE", DestinationField.ANSWERS, 1),
    CLASHES_WITH_OTH_RECORD("survey.conflict.existing.OTH", DestinationField.ANSWERS, 1);

    private final String key;
    private final DestinationField field;
    private final int arguments;

    DestinationError(String key, DestinationField field, int arguments) {
        this.key = key;
        this.field = field;
        this.arguments = arguments;
    }

    @Override
    public String key() {
        return key;
    }

    /** The field the problem belongs to; null when the caller names it or it is about the change as a whole. */
    @Override
    public DestinationField field() {
        return field;
    }

    /** How many arguments the message takes ({0} to {n-1}). */
    @Override
    public int arguments() {
        return arguments;
    }



    /** A refusal on the field the caller names (for problems that can belong to more than one). */
    public InvalidInputException refusalOn(DestinationField on, Object... values) {
        return new InvalidInputException(on, with(values));
    }

    /** The problem of an answer that cannot stand beside a record of {@code type} the provider already holds. */
    static DestinationError clashWithRecord(OutcomeType type) {
        return switch (type) {
            case EMP -> CLASHES_WITH_EMP_RECORD;
            case EDU -> CLASHES_WITH_EDU_RECORD;
            case VOL -> CLASHES_WITH_VOL_RECORD;
            case GAP -> CLASHES_WITH_GAP_RECORD;
            case SDE -> CLASHES_WITH_SDE_RECORD;
            case NPE -> CLASHES_WITH_NPE_RECORD;
            case OTH -> CLASHES_WITH_OTH_RECORD;
        };
    }
}
