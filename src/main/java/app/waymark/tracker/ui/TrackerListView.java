package app.waymark.tracker.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UrlQuery;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import app.waymark.tracker.TrackerCount;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Trackers of the provider: filters kept in the URL (see {@link TrackerListQuery}), a lazy grid, bulk "Assign to..."
 * for those who may allocate, and the filtered set exported to XLSX or CSV.
 */
@Route("trackers")
@RolesAllowed(Permission.LEARNER_VIEW)
@AccessDeniedErrorRouter
@Menu(title = "menu.trackers", order = 12, icon = "vaadin:tasks")
class TrackerListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One choice of the assignee filter: me, nobody, or one person. Empty means anyone. */
    record AssigneeChoice(TrackerFilter.Assignee kind, StaffMember person) {
    }

    private final TrackerService trackers;
    private final TrackerTypeSettings settings;
    private final CustomTrackerTypes customTypes;
    private final StaffMembers staff;
    private final LearnerService learners;
    private final Clock clock;
    private final TrackerTexts texts = new TrackerTexts(this);
    private final Grid<TrackerSummary> grid = new Grid<>();
    private final GridLazyDataView<TrackerSummary> rows;
    private final ComboBox<TrackerType> type = new ComboBox<>();
    private final ComboBox<TrackerStatus> status = new ComboBox<>();
    private final ComboBox<AssigneeChoice> assignee = new ComboBox<>();
    private final DatePicker raisedFrom = new DatePicker();
    private final DatePicker raisedTo = new DatePicker();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox openOnly = new Checkbox();
    private final HorizontalLayout sourceFilter = new HorizontalLayout();
    private final HorizontalLayout learnerFilter = new HorizontalLayout();
    private final Button assign = new Button();
    private final Button raise = new Button();
    private final Span count = new Span();
    private final List<AssigneeChoice> assigneeChoices = new ArrayList<>();
    private UUID learnerId;
    /** Set only by a link (e.g. the destinations dashboard); shown with a way to clear it. */
    private String source;
    private volatile TrackerFilter currentFilter = TrackerFilter.none();
    private TrackerCount counted = new TrackerCount(0, true);
    private boolean applyingUrl;

    TrackerListView(TrackerService trackers, TrackerTypeSettings settings, CustomTrackerTypes customTypes,
                    StaffMembers staff, LearnerService learners, Clock clock) {
        this.trackers = trackers;
        this.settings = settings;
        this.customTypes = customTypes;
        this.staff = staff;
        this.learners = learners;
        this.clock = clock;
        setId("trackers");
        setSizeFull();

        type.setId("filter-type");
        type.setLabel(getTranslation("tracker.column.type"));
        type.setItems(TrackerType.values());
        type.setItemLabelGenerator(texts::type);
        type.setClearButtonVisible(true);
        type.setWidth("16rem");
        status.setId("filter-status");
        status.setLabel(getTranslation("tracker.column.status"));
        status.setItems(TrackerStatus.values());
        status.setItemLabelGenerator(texts::status);
        status.setClearButtonVisible(true);
        assignee.setId("filter-assignee");
        assignee.setLabel(getTranslation("tracker.column.assignee"));
        assignee.setPlaceholder(getTranslation("tracker.filter.anyone"));
        assigneeChoices.add(new AssigneeChoice(TrackerFilter.Assignee.ME, null));
        assigneeChoices.add(new AssigneeChoice(TrackerFilter.Assignee.UNASSIGNED, null));
        Assignees.candidates(staff).forEach(person ->
                assigneeChoices.add(new AssigneeChoice(TrackerFilter.Assignee.PERSON, person)));
        assignee.setItems(assigneeChoices);
        assignee.setItemLabelGenerator(this::assigneeLabel);
        assignee.setClearButtonVisible(true);
        raisedFrom.setId("filter-raised-from");
        raisedFrom.setLabel(getTranslation("tracker.filter.raised-from"));
        raisedTo.setId("filter-raised-to");
        raisedTo.setLabel(getTranslation("tracker.filter.raised-to"));
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("tracker.filter.overdue"));
        openOnly.setId("filter-open");
        openOnly.setLabel(getTranslation("tracker.filter.open"));
        sourceFilter.setId("filter-source");
        sourceFilter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        sourceFilter.setVisible(false);
        learnerFilter.setId("filter-learner");
        learnerFilter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        learnerFilter.setVisible(false);
        type.addValueChangeListener(event -> filtersChanged());
        status.addValueChangeListener(event -> filtersChanged());
        assignee.addValueChangeListener(event -> filtersChanged());
        raisedFrom.addValueChangeListener(event -> filtersChanged());
        raisedTo.addValueChangeListener(event -> filtersChanged());
        overdue.addValueChangeListener(event -> filtersChanged());
        openOnly.addValueChangeListener(event -> filtersChanged());

        grid.setId("tracker-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        TrackerGrids.reference(grid, texts);
        TrackerGrids.type(grid, texts);
        grid.addComponentColumn(this::learnerLink).setHeader(getTranslation("tracker.column.learner"))
                .setKey("learner").setFlexGrow(2);
        TrackerGrids.status(grid, texts);
        TrackerGrids.assignee(grid, texts);
        TrackerGrids.raised(grid, texts);
        TrackerGrids.due(grid, texts);
        rows = grid.setItems(new CallbackDataProvider<TrackerSummary, Void>(
                query -> trackers.find(currentFilter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) counted.value(), TrackerSummary::id));
        grid.setSizeFull();
        boolean mayAssign = CurrentActor.has(Permission.TRACKER_EDIT)
                || CurrentActor.has(Permission.TRACKER_PRE_AUTHORISE) || CurrentActor.has(Permission.TRACKER_PROCESS);
        grid.setSelectionMode(mayAssign ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);

        assign.setText(getTranslation("tracker.assign.bulk"));
        assign.setId("bulk-assign");
        assign.setVisible(mayAssign);
        assign.setEnabled(false);
        assign.addClickListener(event -> assignSelected());
        if (mayAssign) {
            // A grid without selection refuses selection listeners: users who may not assign select nothing.
            grid.addSelectionListener(event -> assign.setEnabled(!event.getAllSelectedItems().isEmpty()));
        }
        raise.setText(getTranslation("tracker.raise"));
        raise.setId("list-raise-tracker");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.setVisible(false);
        raise.addClickListener(event -> openRaise());
        count.setId("tracker-count");

        HorizontalLayout filters = new HorizontalLayout(type, status, assignee, raisedFrom, raisedTo, overdue,
                openOnly, learnerFilter, sourceFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        TrackerExport.Labels labels = TrackerExport.Labels.of(texts);
        HorizontalLayout actions = new HorizontalLayout(count, assign, raise, download("export-xlsx",
                getTranslation("tracker.export.xlsx"), "xlsx", labels), download("export-csv",
                getTranslation("tracker.export.csv"), "csv", labels));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(new H1(getTranslation("tracker.list.title")), filters, actions, grid);
    }

    private String assigneeLabel(AssigneeChoice choice) {
        return switch (choice.kind()) {
            case ME -> getTranslation("tracker.filter.me");
            case UNASSIGNED -> getTranslation("tracker.unassigned");
            case PERSON, ANYONE -> choice.person() == null ? "" : choice.person().displayName();
        };
    }

    private Component learnerLink(TrackerSummary tracker) {
        Anchor link = new Anchor("learners/" + tracker.learnerId(), texts.learner(tracker));
        link.addClassName("wm-tracker-learner");
        return link;
    }

    private Anchor download(String id, String text, String kind, TrackerExport.Labels labels) {
        DownloadHandler handler = event -> {
            TrackerFilter filter = currentFilter;
            String day = LocalDate.now(clock.withZone(app.waymark.base.ui.UkFormats.UK)).toString();
            event.setFileName("trackers-" + day + "." + kind);
            if (kind.equals("xlsx")) {
                event.setContentType(TrackerExport.XLSX_TYPE);
                TrackerExport.writeXlsx(trackers, filter, labels, event.getOutputStream());
            } else {
                event.setContentType(TrackerExport.CSV_TYPE);
                TrackerExport.writeCsv(trackers, filter, labels, event.getOutputStream());
            }
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("wm-tracker-export");
        return anchor;
    }

    TrackerFilter filter() {
        AssigneeChoice who = assignee.getValue();
        return new TrackerFilter(type.getValue(), status.getValue(),
                who == null ? TrackerFilter.Assignee.ANYONE : who.kind(),
                who == null || who.person() == null ? null : who.person().id(), learnerId, raisedFrom.getValue(),
                raisedTo.getValue(), overdue.getValue(), openOnly.getValue(), source);
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        refresh();
        UrlQuery.show(this, TrackerListQuery.ROUTE, TrackerListQuery.of(currentFilter));
    }

    /**
     * Counts once, no further than {@link TrackerCount#LIST_LIMIT} (decision 0032). Beyond it the grid does not know
     * its size and grows as the person scrolls, so every tracker can still be reached.
     */
    private void refresh() {
        currentFilter = filter();
        grid.deselectAll();
        counted = trackers.countUpTo(currentFilter, TrackerCount.LIST_LIMIT);
        if (counted.exact()) {
            rows.setItemCountFromDataProvider();
        } else {
            rows.setItemCountEstimate((int) counted.value() + 1);
        }
        grid.getDataProvider().refreshAll();
        count.setText(counted.exact() ? getTranslation("tracker.list.count", counted.value())
                : getTranslation("tracker.list.count-more", counted.value()));
    }

    private void showLearner() {
        learnerFilter.removeAll();
        learnerFilter.setVisible(learnerId != null);
        raise.setVisible(learnerId != null && CurrentActor.has(Permission.TRACKER_CREATE));
        if (learnerId == null) {
            return;
        }
        LearnerSummary learner = learners.summaries(Set.of(learnerId)).get(learnerId);
        Span label = new Span(getTranslation("tracker.filter.learner", learner == null ? learnerId.toString()
                : getTranslation("tracker.learner", learner.fullName(), learner.learnRefNumber())));
        label.setId("filter-learner-name");
        Button clear = new Button(getTranslation("tracker.filter.learner.clear"), event -> {
            learnerId = null;
            showLearner();
            filtersChanged();
        });
        clear.setId("filter-learner-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        learnerFilter.add(label, clear);
    }

    private void showSource() {
        sourceFilter.removeAll();
        sourceFilter.setVisible(source != null);
        if (source == null) {
            return;
        }
        Span label = new Span(getTranslation("tracker.filter.source", source));
        label.setId("filter-source-name");
        Button clear = new Button(getTranslation("tracker.filter.source.clear"), event -> {
            source = null;
            showSource();
            filtersChanged();
        });
        clear.setId("filter-source-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        sourceFilter.add(label, clear);
    }

    private void openRaise() {
        LearnerSummary learner = learners.summaries(Set.of(learnerId)).get(learnerId);
        new RaiseTrackerDialog(trackers, settings, customTypes, staff, learnerId, learner == null ? ""
                : getTranslation("tracker.learner", learner.fullName(), learner.learnRefNumber()), raised -> {
            Notifications.success(getTranslation("tracker.raised", trackers.details(raised)
                    .map(details -> details.summary().reference()).orElse("")));
            refresh();
        }).open();
    }

    /** Closed trackers cannot be allocated: they are left out, and the person is told how many. */
    private void assignSelected() {
        Set<TrackerSummary> selected = grid.getSelectedItems();
        List<UUID> open = selected.stream().filter(tracker -> tracker.status().open()).map(TrackerSummary::id)
                .toList();
        long closed = selected.size() - open.size();
        if (open.isEmpty()) {
            Notifications.error(getTranslation("tracker.assign.only-closed"));
            return;
        }
        String what = closed == 0 ? getTranslation("tracker.assign.what", open.size())
                : getTranslation("tracker.assign.what-some-closed", open.size(), closed);
        new AssignDialog(trackers, staff, open, what, this::refresh).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TrackerFilter filter = TrackerListQuery.parse(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            type.setValue(filter.type());
            status.setValue(filter.status());
            assignee.setValue(choiceFor(filter));
            raisedFrom.setValue(filter.raisedFrom());
            raisedTo.setValue(filter.raisedTo());
            overdue.setValue(filter.overdueOnly());
            openOnly.setValue(filter.openOnly());
            learnerId = filter.learnerId();
            source = filter.source();
        } finally {
            applyingUrl = false;
        }
        showLearner();
        showSource();
        refresh();
    }

    private AssigneeChoice choiceFor(TrackerFilter filter) {
        return switch (filter.assignee()) {
            case ANYONE -> null;
            case ME, UNASSIGNED -> assigneeChoices.stream().filter(choice -> choice.kind() == filter.assignee())
                    .findFirst().orElse(null);
            case PERSON -> assigneeChoices.stream().filter(choice -> choice.person() != null
                    && choice.person().id().equals(filter.assigneeId())).findFirst()
                    .orElseGet(() -> staff.find(filter.assigneeId()).map(person -> {
                        AssigneeChoice choice = new AssigneeChoice(TrackerFilter.Assignee.PERSON, person);
                        assigneeChoices.add(choice);
                        assignee.setItems(assigneeChoices);
                        return choice;
                    }).orElse(null));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracker.list.title");
    }
}
