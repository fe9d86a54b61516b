package app.waymark.restart;

import java.util.List;

/**
 * A monitoring tracker's page: the tracker, its activity, the participant's benefit (which names DWP's form), what
 * the signed-in person may set, and whether it is read-only (final, or they may not change it).
 */
public record MonitoringDetails(MonitoringSummary summary, ActivityView activity, Benefit benefit,
                                MonitoringUpdate current, long version, List<MonitoringStatus> statusOptions,
                                boolean readOnly, List<MonitoringHistoryLine> history, List<Attachment> attachments) {

    public String formName() {
        return benefit.formName();
    }
}
