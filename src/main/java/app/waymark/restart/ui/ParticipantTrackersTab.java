package app.waymark.restart.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.UUID;

/** The participant's monitoring trackers; each opens its own page (the monitoring screens). */
final class ParticipantTrackersTab extends Composite<VerticalLayout> {

    static final String MONITORING_ROUTE = "monitoring/";

    ParticipantTrackersTab(MonitoringTrackers monitoring, UUID participantId) {
        VerticalLayout content = getContent();
        content.setId("participant-trackers");
        content.setPadding(false);
        MonitoringFilter filter = MonitoringFilter.ofParticipant(participantId);
        Grid<MonitoringSummary> grid = new Grid<>();
        grid.setId("participant-tracker-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::reference)
                .setHeader(getTranslation("restart.participant.trackers.reference"))
                .setKey("reference").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(MonitoringSummary::activityTitle)
                .setHeader(getTranslation("restart.participant.trackers.activity"))
                .setKey("activity").setFlexGrow(3);
        grid.addColumn(tracker -> tracker.activityDueOn() == null ? ""
                        : UkFormats.DATE.format(tracker.activityDueOn()))
                .setHeader(getTranslation("restart.participant.trackers.activity-due")).setKey("activityDue")
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("restart.participant.trackers.status"))
                .setKey("status").setFlexGrow(1);
        grid.addColumn(tracker -> tracker.assigneeName() == null
                        ? getTranslation("restart.participant.trackers.unassigned") : tracker.assigneeName())
                .setHeader(getTranslation("restart.participant.trackers.assignee")).setKey("assignee")
                .setFlexGrow(2);
        grid.addColumn(tracker -> UkFormats.MINUTE.format(tracker.raisedAt()))
                .setHeader(getTranslation("restart.participant.trackers.raised")).setKey("raised").setFlexGrow(1);
        grid.setItems(query -> monitoring.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) monitoring.count(filter));
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate(MONITORING_ROUTE + event.getItem().id())));
        grid.setEmptyStateText(getTranslation("restart.participant.trackers.none"));
        grid.setHeight("24rem");
        content.add(grid);
    }

    private Component reference(MonitoringSummary tracker) {
        return link(tracker.id(), tracker.reference());
    }

    /** A link to a monitoring tracker's page, at least 24 by 24 pixels to touch (WCAG 2.2 target size). */
    static Anchor link(UUID trackerId, String reference) {
        Anchor link = new Anchor(MONITORING_ROUTE + trackerId, reference);
        link.getStyle().set("display", "inline-block").set("min-width", "24px").set("min-height", "24px")
                .set("line-height", "24px");
        return link;
    }

    private Component status(MonitoringSummary tracker) {
        Span status = new Span(tracker.status().label());
        if (tracker.overdue()) {
            Span overdue = new Span(" " + getTranslation("restart.participant.trackers.overdue"));
            overdue.addClassName("wm-overdue");
            return new Span(status, overdue);
        }
        return status;
    }
}
