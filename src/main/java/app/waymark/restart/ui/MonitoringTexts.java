package app.waymark.restart.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.restart.MonitoringStatus;
import app.waymark.restart.MonitoringSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.LocalDate;

/** How the monitoring screens word statuses, people and dates, through the component's translations. */
final class MonitoringTexts {

    private final Component owner;

    MonitoringTexts(Component owner) {
        this.owner = owner;
    }

    String get(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    String participant(MonitoringSummary tracker) {
        return get("monitoring.participant", tracker.participantName(), tracker.participantReference());
    }

    String assignee(MonitoringSummary tracker) {
        return tracker.assigneeId() == null ? get("monitoring.unassigned")
                : tracker.assigneeName() == null ? tracker.assigneeId().toString() : tracker.assigneeName();
    }

    /** The status as a badge; the status's own words, so colour only repeats them. */
    static Span statusBadge(MonitoringStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("wm-tracker-status", "wm-monitoring-status-" + status.name().toLowerCase());
        return badge;
    }

    static String date(LocalDate date) {
        return date == null ? "" : UkFormats.DATE.format(date);
    }

    static String day(Instant instant) {
        return instant == null ? "" : UkFormats.DATE_OF_INSTANT.format(instant);
    }

    static String minute(Instant instant) {
        return instant == null ? "" : UkFormats.MINUTE.format(instant);
    }
}
