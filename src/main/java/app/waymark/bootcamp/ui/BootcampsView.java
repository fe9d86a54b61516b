package app.waymark.bootcamp.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.UrlQuery;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.BootcampOverview.BlockedRow;
import app.waymark.bootcamp.BootcampOverview.MilestoneCount;
import app.waymark.bootcamp.BootcampOverview;
import app.waymark.bootcamp.BootcampRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /bootcamps}: the provider's Skills Bootcamp learners judged today (issue 15): per milestone how many are
 * evidenced, blocked or not yet due and what the evidenced ones are expected to pay; then the blocked list, a row per
 * learner and blocking rule with why and the fix, filterable by rule (kept in the URL, {@code ?rule=R138}), linked
 * to the learner page, and exported as XLSX or CSV. Also how many recorded events wait for the MIS, with their rows
 * to key in as an ILR fragment or CSV (decision 0052).
 */
@Route("bootcamps")
@RolesAllowed(Permission.REPORTS_VIEW)
@AccessDeniedErrorRouter
@Menu(title = "menu.bootcamps", order = 16, icon = "vaadin:road-branches")
class BootcampsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "bootcamps";

    private final BootcampTexts texts;
    private final ComboBox<BootcampRule> rule = new ComboBox<>();
    private final Grid<BlockedRow> blocked = new Grid<>();
    private final Paragraph blockedCount = new Paragraph();
    private final BootcampOverview.Overview overview;
    private boolean applyingUrl;
    // Read by the download handlers, which run outside the UI's session lock.
    private volatile List<BlockedRow> shown;

    BootcampsView(BootcampOverview overviews, BootcampEvents events, Clock clock) {
        texts = new BootcampTexts(VaadinService.getCurrent().getInstantiator().getI18NProvider());
        overview = overviews.overview();
        shown = overview.blocked(null);
        setId("bootcamps");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("bootcamps.page.intro", BootcampTexts.date(overview.asOf()),
                overview.programmes().size()));
        intro.setId("bootcamps-intro");
        add(new H1(getTranslation("bootcamps.page.title")), intro, counts(), payments(), waitingEvents(events, clock));

        rule.setId("bootcamps-rule");
        rule.setLabel(getTranslation("bootcamps.page.filter.rule"));
        rule.setItems(Arrays.stream(BootcampRule.values())
                .filter(each -> !overview.blocked(each).isEmpty()).toList());
        rule.setItemLabelGenerator(each -> texts.rule(each) + " (" + overview.blocked(each).size() + ")");
        rule.setClearButtonVisible(true);
        rule.setPlaceholder(getTranslation("bootcamps.page.filter.all"));
        rule.setWidth("28rem");
        rule.addValueChangeListener(event -> filterChanged());

        blocked.setId("bootcamps-blocked");
        blocked.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        blocked.addComponentColumn(row -> {
            Anchor link = new Anchor("learners/" + row.learner().learnerId(), texts.learner(row.learner()));
            link.addClassName("bootcamp-learner-link");
            return link;
        }).setHeader(getTranslation("bootcamps.page.learner")).setFlexGrow(2);
        blocked.addColumn(row -> BootcampTexts.date(row.learner().evaluation().programmeStart()))
                .setHeader(getTranslation("bootcamps.page.start")).setAutoWidth(true).setFlexGrow(0);
        blocked.addColumn(row -> texts.milestones(row.blocks())).setHeader(getTranslation("bootcamps.page.blocks"))
                .setAutoWidth(true).setFlexGrow(0);
        blocked.addColumn(row -> texts.rule(row.breach().rule())).setHeader(getTranslation("bootcamps.page.rule"))
                .setFlexGrow(2);
        blocked.addColumn(row -> texts.text(row.breach().why())).setHeader(getTranslation("bootcamps.page.why"))
                .setFlexGrow(4);
        blocked.addColumn(row -> texts.text(row.breach().fix())).setHeader(getTranslation("bootcamps.page.fix"))
                .setFlexGrow(4);
        blocked.setItems(query -> shown.stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> shown.size());
        blocked.setEmptyStateText(getTranslation("bootcamps.page.blocked.none"));
        blocked.setMinHeight("24rem");
        blocked.setWidthFull();
        blocked.setHeightFull();

        HorizontalLayout tools = new HorizontalLayout(rule, download("bootcamps-export-xlsx", "xlsx"),
                download("bootcamps-export-csv", "csv"));
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        blockedCount.setId("bootcamps-blocked-count");
        add(new H2(getTranslation("bootcamps.page.blocked")), tools, blockedCount, blocked);
        if (CurrentActor.has(Permission.USERS_MANAGE)) {
            Anchor contracts = new Anchor(ContractsView.ROUTE, getTranslation("bootcamps.page.contracts-link"));
            contracts.setId("bootcamps-contracts-link");
            add(contracts);
        }
        showCount();
    }

    /** How many recorded events wait for the MIS, and their rows to key in for the whole provider. */
    private Component waitingEvents(BootcampEvents events, Clock clock) {
        int waiting = events.waiting().stream().mapToInt(learner -> learner.events().size()).sum();
        Paragraph count = new Paragraph(getTranslation("bootcamps.page.events.count", waiting));
        count.setId("bootcamps-events-count");
        HorizontalLayout line = new HorizontalLayout(count);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (waiting > 0) {
            Supplier<LocalDate> today = () -> LocalDate.now(clock.withZone(UkFormats.UK));
            line.add(EventExports.download("bootcamps-events-xml", "xml", "skills-bootcamps-events",
                            events::waiting, today, texts),
                    EventExports.download("bootcamps-events-csv", "csv", "skills-bootcamps-events",
                            events::waiting, today, texts));
        }
        return line;
    }

    private Grid<MilestoneCount> counts() {
        Grid<MilestoneCount> grid = new Grid<>();
        grid.setId("bootcamps-counts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(count -> count.milestone().code() + " " + texts.milestone(count.milestone()))
                .setHeader(getTranslation("bootcamps.page.milestone")).setFlexGrow(2);
        grid.addColumn(MilestoneCount::evidenced).setHeader(getTranslation("bootcamps.verdict.EVIDENCED"));
        grid.addColumn(MilestoneCount::blocked).setHeader(getTranslation("bootcamps.verdict.BLOCKED"));
        grid.addColumn(MilestoneCount::notYetDue).setHeader(getTranslation("bootcamps.verdict.NOT_YET_DUE"));
        grid.addColumn(count -> BootcampTexts.money(count.expected()))
                .setHeader(getTranslation("bootcamps.page.expected"));
        grid.setItems(overview.counts());
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("56rem");
        return grid;
    }

    private Paragraph payments() {
        Paragraph payments = new Paragraph(overview.unpriced() == 0
                ? getTranslation("bootcamps.page.expected-total", BootcampTexts.money(overview.expectedTotal()))
                : getTranslation("bootcamps.page.expected-total-unpriced",
                BootcampTexts.money(overview.expectedTotal()), overview.unpriced()));
        payments.setId("bootcamps-expected-total");
        return payments;
    }

    private Anchor download(String id, String kind) {
        DownloadHandler handler = event -> {
            List<BlockedRow> rows = shown;
            event.setFileName("skills-bootcamps-blocked-" + overview.asOf() + "." + kind);
            event.setContentType("xlsx".equals(kind) ? app.waymark.base.io.SpreadsheetFiles.XLSX_TYPE
                    : app.waymark.base.io.SpreadsheetFiles.CSV_TYPE);
            BootcampExports.write(kind, rows, texts, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, getTranslation("bootcamps.page.export." + kind));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        applyFilter();
        UrlQuery.show(this, ROUTE, UrlQuery.parameters().with("rule", rule.getValue()).asMap());
    }

    private void applyFilter() {
        shown = overview.blocked(rule.getValue());
        blocked.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        blockedCount.setText(getTranslation("bootcamps.page.blocked.count", shown.size()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        BootcampRule requested = parameters.getOrDefault("rule", List.of()).stream().findFirst()
                .flatMap(name -> UrlQuery.constant(BootcampRule.class, name)).orElse(null);
        applyingUrl = true;
        try {
            if (requested != null && overview.blocked(requested).isEmpty()) {
                rule.setItems(java.util.stream.Stream.concat(rule.getListDataView().getItems(),
                        java.util.stream.Stream.of(requested)).toList());
            }
            rule.setValue(requested);
        } finally {
            applyingUrl = false;
        }
        applyFilter();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bootcamps.page.title");
    }
}
