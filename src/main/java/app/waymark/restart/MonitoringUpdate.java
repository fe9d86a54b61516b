package app.waymark.restart;

import java.util.UUID;

/** What the monitoring tracker's page saves: DMA paperwork raised Yes, or No with {@code dmaNotRaisedReason}. */
public record MonitoringUpdate(MonitoringStatus status, UUID assigneeId, boolean dmaRaised, String dmaNotRaisedReason,
                               String notes) {
}
