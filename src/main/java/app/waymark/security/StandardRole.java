package app.waymark.security;

import java.util.Set;

import static app.waymark.base.security.Permission.*;

/** The roles every tenant starts with (DOMAIN.md section 1). Provider admins assign them to users. */
enum StandardRole {
    PROVIDER_ADMIN("Provider admin", "admin",
            Set.of(USERS_MANAGE, AUDIT_READ, BRANDING_MANAGE, API_TOKENS_MANAGE, DESTINATION_SETTINGS_MANAGE,
                    LEARNER_VIEW, REPORTS_VIEW)),
    MIS_OFFICER("Data/MIS officer", "mis",
            Set.of(ILR_IMPORT, LEARNER_VIEW, LEARNER_EDIT, REPORTS_VIEW, DESTINATION_SURVEY_SEND)),
    TUTOR("Tutor", "tutor", Set.of(LEARNER_VIEW, PRIMARY_TUTOR, TRACKER_CREATE)),
    TRACKER_CREATOR("Trackers: create", "tracker-create", Set.of(LEARNER_VIEW, TRACKER_CREATE)),
    TRACKER_EDITOR("Trackers: edit", "tracker-edit", Set.of(LEARNER_VIEW, TRACKER_EDIT)),
    TRACKER_PRE_AUTHORISER("Trackers: pre-authorise", "tracker-preauthorise",
            Set.of(LEARNER_VIEW, TRACKER_PRE_AUTHORISE)),
    TRACKER_PROCESSOR("Trackers: process", "tracker-process", Set.of(LEARNER_VIEW, TRACKER_PROCESS)),
    ILR_QA("ILR QA", "ilr-qa", Set.of(LEARNER_VIEW, LEARNER_PROGRAMME_STATUS_QA)),
    WORK_COACH("Work coach", "work-coach", Set.of(LEARNER_VIEW, MONITORING_WORK)),
    COMPLIANCE("Compliance / audit", "compliance",
            Set.of(LEARNER_VIEW, AUDIT_READ, TRACKER_PRE_AUTHORISE, TRACKER_PROCESS)),
    SUPERVISOR("Supervisor", "supervisor", Set.of(LEARNER_VIEW, SANCTION_SET));

    private final String displayName;
    private final String demoMailbox;
    private final Set<String> permissions;

    StandardRole(String displayName, String demoMailbox, Set<String> permissions) {
        this.displayName = displayName;
        this.demoMailbox = demoMailbox;
        this.permissions = permissions;
    }

    String displayName() {
        return displayName;
    }

    /** The mailbox part of the demo user holding this role, e.g. {@code admin@northfield.example}. */
    String demoMailbox() {
        return demoMailbox;
    }

    Set<String> permissions() {
        return permissions;
    }
}
