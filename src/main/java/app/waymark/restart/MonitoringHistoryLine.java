package app.waymark.restart;

import java.time.Instant;

public record MonitoringHistoryLine(Instant at, String by, String action, String detail) {
}
