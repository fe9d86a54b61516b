package app.waymark.base.security;

import java.util.List;

/**
 * Permission names. A role is a named set of these; views and services check them ({@code @RolesAllowed},
 * {@code @PreAuthorize("hasRole(...)")}). Each becomes the authority {@code ROLE_<name>} of a signed-in user.
 */
public final class Permission {

    public static final String USERS_MANAGE = "USERS_MANAGE";
    public static final String AUDIT_READ = "AUDIT_READ";
    public static final String BRANDING_MANAGE = "BRANDING_MANAGE";
    public static final String API_TOKENS_MANAGE = "API_TOKENS_MANAGE";
    public static final String DESTINATION_SETTINGS_MANAGE = "DESTINATION_SETTINGS_MANAGE";
    public static final String ILR_IMPORT = "ILR_IMPORT";
    public static final String LEARNER_VIEW = "LEARNER_VIEW";
    public static final String LEARNER_EDIT = "LEARNER_EDIT";
    public static final String REPORTS_VIEW = "REPORTS_VIEW";
    public static final String DESTINATION_SURVEY_SEND = "DESTINATION_SURVEY_SEND";
    public static final String LEARNER_PROGRAMME_STATUS_QA = "LEARNER_PROGRAMME_STATUS_QA";
    public static final String TRACKER_CREATE = "TRACKER_CREATE";
    public static final String TRACKER_EDIT = "TRACKER_EDIT";
    public static final String TRACKER_PRE_AUTHORISE = "TRACKER_PRE_AUTHORISE";
    public static final String TRACKER_PROCESS = "TRACKER_PROCESS";
    public static final String PRIMARY_TUTOR = "PRIMARY_TUTOR";
    public static final String MONITORING_WORK = "MONITORING_WORK";
    public static final String SANCTION_SET = "SANCTION_SET";

    /** Not a tenant permission: held only by platform operators, who manage tenants and see no tenant data. */
    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";

    public static final List<String> TENANT_PERMISSIONS = List.of(
            USERS_MANAGE, AUDIT_READ, BRANDING_MANAGE, API_TOKENS_MANAGE, DESTINATION_SETTINGS_MANAGE, ILR_IMPORT,
            LEARNER_VIEW, LEARNER_EDIT, REPORTS_VIEW, DESTINATION_SURVEY_SEND, LEARNER_PROGRAMME_STATUS_QA,
            TRACKER_CREATE, TRACKER_EDIT, TRACKER_PRE_AUTHORISE, TRACKER_PROCESS, PRIMARY_TUTOR, MONITORING_WORK,
            SANCTION_SET);

    public static String authority(String permission) {
        return "ROLE_" + permission;
    }

    private Permission() {
    }
}
