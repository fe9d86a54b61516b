package app.waymark.tracker.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.LearnerPageTab;
import app.waymark.base.ui.Notifications;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.security.StaffMembers;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerTypeSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Set;
import java.util.UUID;

/** The Trackers tab of the learner page: the learner's trackers, newest first, and (for creators) "Raise". */
@org.springframework.stereotype.Component
class TrackersTab implements LearnerPageTab {

    private final TrackerService trackers;
    private final TrackerTypeSettings settings;
    private final CustomTrackerTypes customTypes;
    private final StaffMembers staff;
    private final LearnerService learners;

    TrackersTab(TrackerService trackers, TrackerTypeSettings settings, CustomTrackerTypes customTypes,
                StaffMembers staff, LearnerService learners) {
        this.trackers = trackers;
        this.settings = settings;
        this.customTypes = customTypes;
        this.staff = staff;
        this.learners = learners;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "learner.tab.trackers";
    }

    @Override
    public Component create(UUID learnerId) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("learner-trackers");
        tab.setPadding(false);
        TrackerTexts texts = new TrackerTexts(tab);
        TrackerFilter filter = TrackerFilter.ofLearner(learnerId);

        Grid<TrackerSummary> grid = new Grid<>();
        grid.setId("learner-tracker-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        TrackerGrids.reference(grid, texts);
        TrackerGrids.type(grid, texts);
        TrackerGrids.status(grid, texts);
        TrackerGrids.assignee(grid, texts);
        TrackerGrids.raised(grid, texts);
        TrackerGrids.due(grid, texts);
        grid.setItems(query -> trackers.find(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) trackers.count(filter));
        grid.setHeight("24rem");

        Anchor all = new Anchor(TrackerListQuery.link(filter), texts.get("tracker.tab.open-list"));
        all.setId("learner-trackers-list");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (CurrentActor.has(Permission.TRACKER_CREATE)) {
            Button raise = new Button(texts.get("tracker.raise"), event -> {
                LearnerSummary learner = learners.summaries(Set.of(learnerId)).get(learnerId);
                new RaiseTrackerDialog(trackers, settings, customTypes, staff, learnerId, learner == null ? ""
                        : texts.get("tracker.learner", learner.fullName(), learner.learnRefNumber()), raised -> {
                    Notifications.success(texts.get("tracker.raised", trackers.details(raised)
                            .map(details -> details.summary().reference()).orElse("")));
                    grid.getDataProvider().refreshAll();
                }).open();
            });
            raise.setId("learner-raise-tracker");
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(raise);
        }
        actions.add(all);
        tab.add(actions, grid);
        return tab;
    }
}
