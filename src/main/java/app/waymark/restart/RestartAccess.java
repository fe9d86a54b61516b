package app.waymark.restart;

import app.waymark.base.security.Permission;

/** Who may do what in DWP Restart, as {@code @PreAuthorize} expressions. */
final class RestartAccess {

    /** Work coaches, supervisors, tracker editors and compliance staff see participants and their trackers. */
    static final String VIEW = "hasAnyRole('" + Permission.MONITORING_WORK + "', '" + Permission.SANCTION_SET
            + "', '" + Permission.TRACKER_EDIT + "', '" + Permission.TRACKER_PRE_AUTHORISE + "', '"
            + Permission.TRACKER_PROCESS + "')";
    /** Work coaches add participants, import referrals and keep action plans. */
    static final String MANAGE = "hasRole('" + Permission.MONITORING_WORK + "')";
    /** Supervisors set "Make activity mandatory" and sanction statuses. */
    static final String SUPERVISE = "hasRole('" + Permission.SANCTION_SET + "')";
    /** Those who may change a monitoring tracker (which statuses: {@link MonitoringStatus#optionsFor}). */
    static final String WORK_TRACKERS = "hasAnyRole('" + Permission.MONITORING_WORK + "', '" + Permission.TRACKER_EDIT
            + "', '" + Permission.TRACKER_PRE_AUTHORISE + "', '" + Permission.TRACKER_PROCESS + "')";

    private RestartAccess() {
    }
}
