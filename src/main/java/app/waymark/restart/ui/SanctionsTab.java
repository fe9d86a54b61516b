package app.waymark.restart.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.restart.SanctionHistoryLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** Every change of the participant's sanction status, newest first. */
final class SanctionsTab extends Composite<VerticalLayout> {

    SanctionsTab(List<SanctionHistoryLine> history) {
        VerticalLayout content = getContent();
        content.setId("participant-sanctions");
        content.setPadding(false);
        Grid<SanctionHistoryLine> grid = new Grid<>();
        grid.setId("sanction-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(line -> UkFormats.MINUTE.format(line.at())).setHeader(getTranslation("restart.sanction.when"))
                .setKey("when").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(SanctionHistoryLine::by).setHeader(getTranslation("restart.sanction.who")).setKey("who")
                .setFlexGrow(1);
        grid.addColumn(line -> line.from().label()).setHeader(getTranslation("restart.sanction.from"))
                .setKey("from").setFlexGrow(2);
        grid.addColumn(line -> line.to().label()).setHeader(getTranslation("restart.sanction.to")).setKey("to")
                .setFlexGrow(2);
        grid.addColumn(SanctionHistoryLine::reason).setHeader(getTranslation("restart.sanction.reason"))
                .setKey("reason").setFlexGrow(3);
        grid.addComponentColumn(this::tracker).setHeader(getTranslation("restart.sanction.tracker-reference"))
                .setKey("tracker").setWidth("8rem").setFlexGrow(0);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("restart.sanction.none"));
        content.add(grid);
    }

    private Component tracker(SanctionHistoryLine line) {
        if (line.monitoringTrackerId() == null) {
            return new Span();
        }
        return ParticipantTrackersTab.link(line.monitoringTrackerId(), line.monitoringTrackerReference());
    }
}
