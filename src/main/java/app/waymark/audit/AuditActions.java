package app.waymark.audit;

/** Action names written to the audit trail. */
public final class AuditActions {

    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";
    public static final String SIGN_IN_REFUSED_SUSPENDED = "SIGN_IN_REFUSED_SUSPENDED";
    public static final String SIGN_OUT = "SIGN_OUT";
    /** A signed-in session was ended by the portal (details: reason, e.g. account_disabled). */
    public static final String SESSION_ENDED = "SESSION_ENDED";
    /** A signed-in session took on its person's changed roles. */
    public static final String SESSION_ACCESS_CHANGED = "SESSION_ACCESS_CHANGED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_ROLES_CHANGED = "USER_ROLES_CHANGED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String ROLE_CREATED = "ROLE_CREATED";
    public static final String LEARNER_CONTACT_CORRECTED = "LEARNER_CONTACT_CORRECTED";
    public static final String LEARNER_STAFF_ASSIGNED = "LEARNER_STAFF_ASSIGNED";
    /** A requested change (a processed tracker) was applied to the learner's record (details: fields, reference). */
    public static final String LEARNER_RECORD_CHANGED = "LEARNER_RECORD_CHANGED";
    /** A provider changed how it uses a tracker type (on/off, pre-authorisation, applies at once, due days). */
    public static final String TRACKER_SETTINGS_CHANGED = "TRACKER_SETTINGS_CHANGED";
    public static final String ILR_IMPORTED = "ILR_IMPORTED";
    public static final String LEARNER_SUPPRESSED = "LEARNER_SUPPRESSED";
    public static final String API_TOKEN_CREATED = "API_TOKEN_CREATED";
    public static final String API_TOKEN_REVOKED = "API_TOKEN_REVOKED";
    public static final String OPERATOR_CREATED = "OPERATOR_CREATED";
    public static final String TENANT_CREATED = "TENANT_CREATED";
    public static final String TENANT_RENAMED = "TENANT_RENAMED";
    public static final String TENANT_SUSPENDED = "TENANT_SUSPENDED";
    public static final String TENANT_REACTIVATED = "TENANT_REACTIVATED";
    public static final String BRANDING_CHANGED = "BRANDING_CHANGED";
    public static final String MESSAGE_TEMPLATE_SAVED = "MESSAGE_TEMPLATE_SAVED";
    public static final String MESSAGE_TEMPLATE_RESTORED = "MESSAGE_TEMPLATE_RESTORED";
    public static final String TEST_MESSAGE_SENT = "TEST_MESSAGE_SENT";
    public static final String MESSAGE_RETRIED = "MESSAGE_RETRIED";
    public static final String DESTINATION_SETTINGS_CHANGED = "DESTINATION_SETTINGS_CHANGED";
    public static final String DESTINATION_SURVEY_SENT = "DESTINATION_SURVEY_SENT";
    public static final String DESTINATION_RECORD_ADDED = "DESTINATION_RECORD_ADDED";
    public static final String DESTINATION_RECORD_CHANGED = "DESTINATION_RECORD_CHANGED";
    public static final String DESTINATION_RECORD_DELETED = "DESTINATION_RECORD_DELETED";
    /** Staff superseded an automatic OTH-3 (details: record, outcome, start date, flag, reason). */
    public static final String DESTINATION_RECORD_SUPERSEDED = "DESTINATION_RECORD_SUPERSEDED";
    /** Staff marked a flagged destination record reviewed (details: record, outcome, flag, note). */
    public static final String DESTINATION_FLAG_REVIEWED = "DESTINATION_FLAG_REVIEWED";
    /**
     * Staff, or the learner's later survey answer, confirmed that a future outcome started (details: record, outcome,
     * start date, collection date, how).
     */
    public static final String DESTINATION_OUTCOME_CONFIRMED = "DESTINATION_OUTCOME_CONFIRMED";
    /** Written until release 0018, when survey contact details became trackers; kept for the entries on record. */
    public static final String SURVEY_CONTACT_UPDATE_APPLIED = "SURVEY_CONTACT_UPDATE_APPLIED";
    public static final String SURVEY_CONTACT_UPDATE_DISMISSED = "SURVEY_CONTACT_UPDATE_DISMISSED";
    public static final String JOB_RUN_REQUESTED = "JOB_RUN_REQUESTED";
    public static final String INVITATION_SENT = "INVITATION_SENT";
    public static final String INVITATION_RESENT = "INVITATION_RESENT";
    public static final String INVITATION_WITHDRAWN = "INVITATION_WITHDRAWN";
    public static final String INVITATION_ACCEPTED = "INVITATION_ACCEPTED";
    public static final String PASSWORD_RESET_REQUESTED = "PASSWORD_RESET_REQUESTED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    /** Work a person started from a page, running in the background, failed (details: task, subject, problem). */
    public static final String BACKGROUND_TASK_FAILED = "BACKGROUND_TASK_FAILED";
    /** The platform operator let a provider send from its own addresses at a domain (platform trail). */
    public static final String SENDING_DOMAIN_APPROVED = "SENDING_DOMAIN_APPROVED";
    public static final String SENDING_DOMAIN_WITHDRAWN = "SENDING_DOMAIN_WITHDRAWN";
    /** Someone marked a field Waymark changed as keyed into the MIS by hand (details: reference, field, value). */
    public static final String LEARNER_CHANGE_KEYED_IN_MIS = "LEARNER_CHANGE_KEYED_IN_MIS";
    /** DWP Restart: a participant added by hand or from a referral file, or their details changed. */
    public static final String RESTART_PARTICIPANT_SAVED = "RESTART_PARTICIPANT_SAVED";
    /** A supervisor set or cleared a participant's "Make activity mandatory". */
    public static final String RESTART_MANDATE_CHANGED = "RESTART_MANDATE_CHANGED";
    public static final String RESTART_SANCTION_CHANGED = "RESTART_SANCTION_CHANGED";
    /** An activity on an action plan added, changed, given an outcome or its MAN issued. */
    public static final String RESTART_ACTIVITY_SAVED = "RESTART_ACTIVITY_SAVED";
    public static final String RESTART_MONITORING_CHANGED = "RESTART_MONITORING_CHANGED";
    public static final String BOOTCAMP_CONTRACT_CHANGED = "BOOTCAMP_CONTRACT_CHANGED";
    /** A Skills Bootcamp event (interview offer, new role, self-employment plan, job outcome) recorded or removed. */
    public static final String BOOTCAMP_EVENT_RECORDED = "BOOTCAMP_EVENT_RECORDED";
    public static final String BOOTCAMP_EVENT_REMOVED = "BOOTCAMP_EVENT_REMOVED";
    /** Guided learning hours of a day of a Skills Bootcamp learner recorded or removed. */
    public static final String BOOTCAMP_HOURS_RECORDED = "BOOTCAMP_HOURS_RECORDED";
    public static final String BOOTCAMP_HOURS_REMOVED = "BOOTCAMP_HOURS_REMOVED";

    public static final java.util.List<String> ALL = java.util.List.of(SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED,
            SIGN_IN_REFUSED_SUSPENDED, SIGN_OUT, SESSION_ENDED, SESSION_ACCESS_CHANGED, PASSWORD_CHANGED, USER_CREATED, USER_ROLES_CHANGED, USER_DISABLED,
            USER_ENABLED, ROLE_CREATED, LEARNER_CONTACT_CORRECTED, LEARNER_STAFF_ASSIGNED, LEARNER_RECORD_CHANGED, TRACKER_SETTINGS_CHANGED, ILR_IMPORTED, LEARNER_SUPPRESSED,
            API_TOKEN_CREATED, API_TOKEN_REVOKED, BRANDING_CHANGED, MESSAGE_TEMPLATE_SAVED, MESSAGE_TEMPLATE_RESTORED,
            TEST_MESSAGE_SENT, MESSAGE_RETRIED, DESTINATION_SETTINGS_CHANGED, DESTINATION_SURVEY_SENT,
            DESTINATION_RECORD_ADDED, DESTINATION_RECORD_CHANGED, DESTINATION_RECORD_DELETED,
            DESTINATION_RECORD_SUPERSEDED, DESTINATION_FLAG_REVIEWED, DESTINATION_OUTCOME_CONFIRMED,
            SURVEY_CONTACT_UPDATE_APPLIED, SURVEY_CONTACT_UPDATE_DISMISSED, OPERATOR_CREATED, TENANT_CREATED, TENANT_RENAMED, TENANT_SUSPENDED, TENANT_REACTIVATED,
            JOB_RUN_REQUESTED, INVITATION_SENT, INVITATION_RESENT, INVITATION_WITHDRAWN, INVITATION_ACCEPTED,
            PASSWORD_RESET_REQUESTED, PASSWORD_RESET, BACKGROUND_TASK_FAILED, SENDING_DOMAIN_APPROVED,
            SENDING_DOMAIN_WITHDRAWN, LEARNER_CHANGE_KEYED_IN_MIS,
            RESTART_PARTICIPANT_SAVED, RESTART_MANDATE_CHANGED, RESTART_SANCTION_CHANGED, RESTART_ACTIVITY_SAVED,
            RESTART_MONITORING_CHANGED, BOOTCAMP_CONTRACT_CHANGED, BOOTCAMP_EVENT_RECORDED, BOOTCAMP_EVENT_REMOVED,
            BOOTCAMP_HOURS_RECORDED, BOOTCAMP_HOURS_REMOVED);

    private AuditActions() {
    }
}
