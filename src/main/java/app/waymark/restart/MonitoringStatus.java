package app.waymark.restart;

import app.waymark.base.security.Permission;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A monitoring tracker's status. Work coaches (and tracker editors) may set the first four; holders of
 * pre-authorise or process may also reject or close, and those two are final: the tracker is then read-only.
 */
public enum MonitoringStatus {
    NEW("New", false), RESOLVED("Resolved", false), SUBMITTED("Submitted", false), REFERRED("Referred", false),
    REJECTED("Rejected", true), CLOSED("Closed", true);

    static final Set<String> EDITORS = Set.of(Permission.MONITORING_WORK, Permission.TRACKER_EDIT);
    static final Set<String> FINALISERS = Set.of(Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS);

    private final String label;
    private final boolean isFinal;

    MonitoringStatus(String label, boolean isFinal) {
        this.label = label;
        this.isFinal = isFinal;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return isFinal;
    }

    /** Whether DMA paperwork must be attached (when the answer is Yes) before a tracker takes this status. */
    public boolean needsPaperwork() {
        return this == SUBMITTED || this == REFERRED;
    }

    /** The statuses someone holding {@code permissions} may choose. */
    public static List<MonitoringStatus> optionsFor(Set<String> permissions) {
        boolean finaliser = permissions.stream().anyMatch(FINALISERS::contains);
        boolean editor = finaliser || permissions.stream().anyMatch(EDITORS::contains);
        return Arrays.stream(values()).filter(status -> status.isFinal ? finaliser : editor).toList();
    }
}
