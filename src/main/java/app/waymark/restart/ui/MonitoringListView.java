package app.waymark.restart.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.UrlQuery;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringStatus;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.Participants;
import app.waymark.restart.RestartSettings;
import app.waymark.restart.RestartTrackerType;
import app.waymark.security.StaffMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
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

/**
 * DWP Restart monitoring trackers of the provider: filters kept in the URL ({@link MonitoringListQuery}), a lazy
 * grid, the count, and the filtered list exported to XLSX or CSV. Every tracker here is of type Monitoring; the Type
 * filter and column say so, as the Restart process describes finding them.
 */
@Route("monitoring")
@RolesAllowed({Permission.MONITORING_WORK, Permission.SANCTION_SET, Permission.TRACKER_EDIT,
        Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS})
@AccessDeniedErrorRouter
@Menu(title = "menu.monitoring", order = 14, icon = "vaadin:clipboard-check")
@StyleSheet("styles/restart-monitoring.css")
class MonitoringListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One choice of the assignee filter: me, nobody, or one person. Empty means anyone. */
    record AssigneeChoice(MonitoringFilter.Assignee kind, StaffMember person) {
    }

    private final MonitoringTrackers trackers;
    private final Clock clock;
    private final MonitoringTexts texts = new MonitoringTexts(this);
    private final Grid<MonitoringSummary> grid = new Grid<>();
    private final GridLazyDataView<MonitoringSummary> rows;
    private final TextField keyword = new TextField();
    private final ComboBox<RestartTrackerType> type = new ComboBox<>();
    private final ComboBox<MonitoringStatus> status = new ComboBox<>();
    private final ComboBox<AssigneeChoice> assignee = new ComboBox<>();
    private final DatePicker raisedFrom = new DatePicker();
    private final DatePicker raisedTo = new DatePicker();
    private final Checkbox overdue = new Checkbox();
    private final Span count = new Span();
    private final List<AssigneeChoice> assigneeChoices = new ArrayList<>();
    private volatile MonitoringFilter currentFilter = MonitoringFilter.all();
    private long counted;
    private boolean applyingUrl;

    MonitoringListView(MonitoringTrackers trackers, Participants participants, RestartSettings settings,
                       Clock clock) {
        this.trackers = trackers;
        this.clock = clock;
        setId("monitoring-list");
        setSizeFull();

        keyword.setId("filter-keyword");
        keyword.setLabel(getTranslation("monitoring.filter.keyword"));
        keyword.setPlaceholder(getTranslation("monitoring.filter.keyword.placeholder"));
        keyword.setPrefixComponent(VaadinIcon.SEARCH.create());
        keyword.setClearButtonVisible(true);
        keyword.setValueChangeMode(ValueChangeMode.LAZY);
        keyword.setWidth("18rem");
        type.setId("filter-type");
        type.setLabel(getTranslation("monitoring.column.type"));
        type.setItems(RestartTrackerType.values());
        type.setItemLabelGenerator(RestartTrackerType::label);
        type.setPlaceholder(getTranslation("monitoring.filter.any-type"));
        type.setClearButtonVisible(true);
        type.setWidth("11rem");
        status.setId("filter-status");
        status.setLabel(getTranslation("monitoring.column.status"));
        status.setItems(MonitoringStatus.values());
        status.setItemLabelGenerator(MonitoringStatus::label);
        status.setPlaceholder(getTranslation("monitoring.filter.any-status"));
        status.setClearButtonVisible(true);
        assignee.setId("filter-assignee");
        assignee.setLabel(getTranslation("monitoring.column.assignee"));
        assignee.setPlaceholder(getTranslation("monitoring.filter.anyone"));
        assigneeChoices.add(new AssigneeChoice(MonitoringFilter.Assignee.ME, null));
        assigneeChoices.add(new AssigneeChoice(MonitoringFilter.Assignee.UNASSIGNED, null));
        participants.trackerAssignees().forEach(person ->
                assigneeChoices.add(new AssigneeChoice(MonitoringFilter.Assignee.PERSON, person)));
        assignee.setItems(assigneeChoices);
        assignee.setItemLabelGenerator(this::assigneeLabel);
        assignee.setClearButtonVisible(true);
        raisedFrom.setId("filter-raised-from");
        raisedFrom.setLabel(getTranslation("monitoring.filter.raised-from"));
        raisedTo.setId("filter-raised-to");
        raisedTo.setLabel(getTranslation("monitoring.filter.raised-to"));
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("monitoring.filter.overdue", settings.overdueWorkingDays()));
        keyword.addValueChangeListener(event -> filtersChanged());
        type.addValueChangeListener(event -> filtersChanged());
        status.addValueChangeListener(event -> filtersChanged());
        assignee.addValueChangeListener(event -> filtersChanged());
        raisedFrom.addValueChangeListener(event -> filtersChanged());
        raisedTo.addValueChangeListener(event -> filtersChanged());
        overdue.addValueChangeListener(event -> filtersChanged());

        grid.setId("monitoring-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(MonitoringListView::trackerLink).setHeader(texts.get("monitoring.column.reference"))
                .setKey("reference").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(tracker -> tracker.type().label()).setHeader(texts.get("monitoring.column.type"))
                .setKey("type").setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::participantLink).setHeader(texts.get("monitoring.column.participant"))
                .setKey("participant").setFlexGrow(2);
        grid.addColumn(MonitoringSummary::activityTitle).setHeader(texts.get("monitoring.column.activity"))
                .setKey("activity").setFlexGrow(2);
        grid.addColumn(tracker -> MonitoringTexts.date(tracker.activityDueOn()))
                .setHeader(texts.get("monitoring.column.activity-due")).setKey("activityDue").setFlexGrow(1);
        grid.addComponentColumn(tracker -> MonitoringTexts.statusBadge(tracker.status()))
                .setHeader(texts.get("monitoring.column.status")).setKey("status").setFlexGrow(1);
        grid.addColumn(texts::assignee).setHeader(texts.get("monitoring.column.assignee")).setKey("assignee")
                .setFlexGrow(1);
        grid.addColumn(tracker -> MonitoringTexts.day(tracker.raisedAt()))
                .setHeader(texts.get("monitoring.column.raised")).setKey("raised").setFlexGrow(1);
        grid.addComponentColumn(this::overdueBadge).setHeader(texts.get("monitoring.column.overdue"))
                .setKey("overdue").setFlexGrow(1);
        rows = grid.setItems(new CallbackDataProvider<MonitoringSummary, Void>(
                query -> trackers.list(currentFilter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) counted, MonitoringSummary::id));
        grid.setSizeFull();
        count.setId("monitoring-count");

        HorizontalLayout filters = new HorizontalLayout(keyword, type, status, assignee, raisedFrom, raisedTo, overdue);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        MonitoringExport.Labels labels = MonitoringExport.Labels.of(texts);
        HorizontalLayout actions = new HorizontalLayout(count,
                download("export-xlsx", texts.get("monitoring.export.xlsx"), "xlsx", labels),
                download("export-csv", texts.get("monitoring.export.csv"), "csv", labels));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(new H1(texts.get("monitoring.list.title")), filters, actions);
        if (CurrentActor.has(Permission.SANCTION_SET)) {
            add(new OverdueSetting(settings, days -> {
                overdue.setLabel(getTranslation("monitoring.filter.overdue", days));
                filtersChanged();
            }));
        }
        add(grid);
    }

    private String assigneeLabel(AssigneeChoice choice) {
        return switch (choice.kind()) {
            case ME -> texts.get("monitoring.filter.me");
            case UNASSIGNED -> texts.get("monitoring.unassigned");
            case PERSON, ANYONE -> choice.person() == null ? "" : choice.person().displayName();
        };
    }

    static Component trackerLink(MonitoringSummary tracker) {
        Anchor link = new Anchor("monitoring/" + tracker.id(), tracker.reference());
        link.setId("monitoring-link-" + tracker.reference());
        return reachable(link);
    }

    private Component participantLink(MonitoringSummary tracker) {
        return reachable(new Anchor("participants/" + tracker.participantId(), texts.participant(tracker)));
    }

    /** A link in a grid row, at least 24px each way (WCAG 2.2 target size), however short its text. */
    private static Anchor reachable(Anchor link) {
        link.getStyle().set("display", "inline-block").set("min-width", "24px").set("min-height", "24px")
                .set("line-height", "24px");
        return link;
    }

    /** "Overdue" in words (not colour alone) for a New tracker past the provider's working days. */
    private Component overdueBadge(MonitoringSummary tracker) {
        Span badge = new Span(tracker.overdue() ? texts.get("monitoring.overdue") : "");
        if (tracker.overdue()) {
            badge.addClassNames("wm-tracker-status", "wm-monitoring-overdue");
        }
        return badge;
    }

    private Anchor download(String id, String text, String kind, MonitoringExport.Labels labels) {
        DownloadHandler handler = event -> {
            MonitoringFilter filter = currentFilter;
            String day = LocalDate.now(clock.withZone(UkFormats.UK)).toString();
            event.setFileName("monitoring-trackers-" + day + "." + kind);
            if (kind.equals("xlsx")) {
                event.setContentType(MonitoringExport.XLSX_TYPE);
                MonitoringExport.writeXlsx(trackers, filter, labels, event.getOutputStream());
            } else {
                event.setContentType(MonitoringExport.CSV_TYPE);
                MonitoringExport.writeCsv(trackers, filter, labels, event.getOutputStream());
            }
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("wm-tracker-export");
        return anchor;
    }

    MonitoringFilter filter() {
        AssigneeChoice who = assignee.getValue();
        String words = keyword.getValue() == null || keyword.getValue().isBlank() ? null : keyword.getValue().strip();
        return new MonitoringFilter(words, type.getValue(), status.getValue(),
                who == null ? MonitoringFilter.Assignee.ANYONE : who.kind(),
                who == null || who.person() == null ? null : who.person().id(), raisedFrom.getValue(),
                raisedTo.getValue(), overdue.getValue(), null);
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        refresh();
        UrlQuery.show(this, MonitoringListQuery.ROUTE, MonitoringListQuery.of(currentFilter));
    }

    private void refresh() {
        currentFilter = filter();
        counted = trackers.count(currentFilter);
        rows.setItemCountFromDataProvider();
        grid.getDataProvider().refreshAll();
        count.setText(texts.get("monitoring.list.count", counted));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MonitoringFilter filter = MonitoringListQuery.parse(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            keyword.setValue(filter.keyword() == null ? "" : filter.keyword());
            type.setValue(filter.type());
            status.setValue(filter.status());
            assignee.setValue(choiceFor(filter));
            raisedFrom.setValue(filter.raisedFrom());
            raisedTo.setValue(filter.raisedTo());
            overdue.setValue(filter.overdueOnly());
        } finally {
            applyingUrl = false;
        }
        refresh();
    }

    private AssigneeChoice choiceFor(MonitoringFilter filter) {
        return switch (filter.assignee()) {
            case ANYONE -> null;
            case ME, UNASSIGNED -> assigneeChoices.stream().filter(choice -> choice.kind() == filter.assignee())
                    .findFirst().orElse(null);
            case PERSON -> assigneeChoices.stream().filter(choice -> choice.person() != null
                    && choice.person().id().equals(filter.assigneeId())).findFirst().orElse(null);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.list.title");
    }
}
