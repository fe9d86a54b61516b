package app.waymark.tracker.ui;

import app.waymark.tracker.TrackerSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** Columns the tracker list and the learner's Trackers tab share. */
final class TrackerGrids {

    static void reference(Grid<TrackerSummary> grid, TrackerTexts texts) {
        grid.addComponentColumn(TrackerGrids::link).setHeader(texts.get("tracker.column.reference"))
                .setKey("reference").setWidth("6rem").setFlexGrow(0);
    }

    static void type(Grid<TrackerSummary> grid, TrackerTexts texts) {
        grid.addColumn(texts::type).setHeader(texts.get("tracker.column.type"))
                .setKey("type").setFlexGrow(2);
    }

    static void status(Grid<TrackerSummary> grid, TrackerTexts texts) {
        grid.addColumn(tracker -> texts.status(tracker.status())).setHeader(texts.get("tracker.column.status"))
                .setKey("status").setFlexGrow(1);
    }

    static void assignee(Grid<TrackerSummary> grid, TrackerTexts texts) {
        grid.addColumn(texts::assignee).setHeader(texts.get("tracker.column.assignee")).setKey("assignee")
                .setFlexGrow(1);
    }

    static void raised(Grid<TrackerSummary> grid, TrackerTexts texts) {
        grid.addColumn(TrackerSummary::raisedByName).setHeader(texts.get("tracker.column.raised-by"))
                .setKey("raisedBy").setFlexGrow(1);
        grid.addColumn(tracker -> TrackerTexts.day(tracker.raisedAt()))
                .setHeader(texts.get("tracker.column.raised-on")).setKey("raisedOn").setFlexGrow(1);
    }

    /** The due date, with "overdue" written out when it has passed (the colour only repeats it). */
    static void due(Grid<TrackerSummary> grid, TrackerTexts texts) {
        grid.addComponentColumn(tracker -> {
            Span due = new Span(texts.due(tracker));
            if (tracker.overdue()) {
                due.addClassName("wm-overdue");
            }
            return due;
        }).setHeader(texts.get("tracker.column.due")).setKey("due").setFlexGrow(1);
    }

    static Component link(TrackerSummary tracker) {
        Anchor link = new Anchor("trackers/" + tracker.id(), tracker.reference());
        link.setId("tracker-link-" + tracker.number());
        return link;
    }

    private TrackerGrids() {
    }
}
