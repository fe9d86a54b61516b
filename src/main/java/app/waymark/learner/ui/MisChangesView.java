package app.waymark.learner.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.UrlQuery;
import app.waymark.learner.MisChange;
import app.waymark.learner.MisChangeExports;
import app.waymark.learner.MisChangeFilter;
import app.waymark.learner.MisChanges;
import app.waymark.learner.MisState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * The fields Waymark changed (processed trackers) to key into the provider's MIS, field by field, filtered by where
 * they stand (by default those still to key; the filter is kept in the URL), exported as XLSX or CSV. MIS officers
 * and tracker processors see it; MIS officers may mark a change keyed by hand (decision 0029).
 */
@Route("mis-changes")
@RolesAllowed({Permission.ILR_IMPORT, Permission.TRACKER_PROCESS})
@AccessDeniedErrorRouter
@Menu(title = "menu.mis-changes", order = 21, icon = "vaadin:exchange")
class MisChangesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "all";

    private final MisChanges changes;
    private final MisChangeExports exports;
    private final ComboBox<MisState> state = new ComboBox<>();
    private final TextField search = new TextField();
    private final Grid<MisChange> grid = new Grid<>();
    private boolean applyingUrl;
    // Read by the download handlers, which run outside the UI's session lock.
    private volatile MisChangeFilter currentFilter = MisChangeFilter.TO_KEY;

    MisChangesView(MisChanges changes, MisChangeExports exports) {
        this.changes = changes;
        this.exports = exports;
        setId("mis-changes");
        setSizeFull();

        state.setLabel(getTranslation("mis.state"));
        state.setId("mis-state");
        state.setItems(MisState.values());
        state.setItemLabelGenerator(this::stateLabel);
        state.setPlaceholder(getTranslation("mis.state.all"));
        state.setClearButtonVisible(true);
        state.setValue(MisState.TO_KEY);
        state.setWidth("16rem");
        search.setLabel(getTranslation("mis.search"));
        search.setId("mis-search");
        search.setPlaceholder(getTranslation("mis.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        state.addValueChangeListener(event -> filtersChanged());
        search.addValueChangeListener(event -> filtersChanged());

        grid.setId("mis-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.learnerName() + " (" + c.learnRefNumber() + ")")
                .setHeader(getTranslation("mis.learner")).setFlexGrow(3);
        grid.addColumn(MisChange::record).setHeader(getTranslation("mis.record")).setFlexGrow(1);
        grid.addColumn(MisChange::field).setHeader(getTranslation("mis.field")).setFlexGrow(1);
        grid.addColumn(c -> value(c.before())).setHeader(getTranslation("mis.from")).setFlexGrow(2);
        grid.addColumn(c -> value(c.after())).setHeader(getTranslation("mis.to")).setFlexGrow(2);
        grid.addColumn(MisChange::reference).setHeader(getTranslation("mis.reference")).setFlexGrow(1);
        grid.addColumn(c -> UkFormats.MINUTE.format(c.changedAt())).setHeader(getTranslation("mis.when"))
                .setFlexGrow(1);
        grid.addColumn(this::stateText).setHeader(getTranslation("mis.state")).setFlexGrow(2);
        if (CurrentActor.has(Permission.ILR_IMPORT)) {
            grid.addColumn(new ComponentRenderer<>(this::markButton)).setKey("mark")
                    .setHeader(getTranslation("mis.action")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(query -> changes.find(currentFilter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, changes.count(currentFilter)));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(state, search,
                download("mis-export-xlsx", getTranslation("mis.export.xlsx"), "xlsx"),
                download("mis-export-csv", getTranslation("mis.export.csv"), "csv"));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("mis.title")), new Paragraph(getTranslation("mis.intro")), filters, grid);
    }

    private Component markButton(MisChange change) {
        if (change.state() != MisState.TO_KEY) {
            return new Span();
        }
        Button mark = new Button(getTranslation("mis.mark"), event -> {
            try {
                changes.markInMis(change.id());
                Notifications.success(getTranslation("mis.marked", change.learnRefNumber(), change.field()));
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
            grid.getDataProvider().refreshAll();
        });
        mark.setId("mis-mark-" + change.id());
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return mark;
    }

    private Anchor download(String id, String text, String kind) {
        List<MisChangeExports.Column> columns = List.of(
                new MisChangeExports.Column(getTranslation("mis.learn-ref"), MisChange::learnRefNumber),
                new MisChangeExports.Column(getTranslation("mis.learner"), MisChange::learnerName),
                new MisChangeExports.Column(getTranslation("mis.record"), MisChange::record),
                new MisChangeExports.Column(getTranslation("mis.field"), MisChange::field),
                new MisChangeExports.Column(getTranslation("mis.from"), MisChange::before),
                new MisChangeExports.Column(getTranslation("mis.to"), MisChange::after),
                new MisChangeExports.Column(getTranslation("mis.reference"), MisChange::reference),
                new MisChangeExports.Column(getTranslation("mis.when"), c -> UkFormats.MINUTE.format(c.changedAt())),
                new MisChangeExports.Column(getTranslation("mis.changed-by"), MisChange::changedBy),
                new MisChangeExports.Column(getTranslation("mis.state"), this::stateText));
        DownloadHandler handler = event -> {
            MisChangeFilter filter = currentFilter;
            event.setFileName(exports.fileName(kind));
            if (kind.equals("xlsx")) {
                event.setContentType(MisChangeExports.XLSX_TYPE);
                exports.writeXlsx(filter, columns, event.getOutputStream());
            } else {
                event.setContentType(MisChangeExports.CSV_TYPE);
                exports.writeCsv(filter, columns, event.getOutputStream());
            }
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private String stateLabel(MisState value) {
        return getTranslation("mis.state." + value.name());
    }

    /** The state, and for a settled change how: by which import, by whom, or with which value. */
    private String stateText(MisChange change) {
        String text = stateLabel(change.state());
        if (change.settledAt() == null) {
            return text;
        }
        String when = UkFormats.DATE_OF_INSTANT.format(change.settledAt());
        if (change.settledByImport() != null) {
            return change.state() == MisState.SUPERSEDED
                    ? getTranslation("mis.settled.import-value", text, when, value(change.settledValue()))
                    : getTranslation("mis.settled.import", text, when);
        }
        return getTranslation("mis.settled.by", text, when, change.settledBy());
    }

    private String value(String value) {
        return value == null || value.isBlank() ? getTranslation("mis.empty") : value;
    }

    private MisChangeFilter filter() {
        return new MisChangeFilter(state.getValue(), search.getValue());
    }

    private void filtersChanged() {
        currentFilter = filter();
        if (applyingUrl) {
            return;
        }
        grid.getDataProvider().refreshAll();
        UrlQuery.show(this, "mis-changes", UrlQuery.parameters()
                .with("state", state.getValue() == null ? ALL : state.getValue())
                .with("q", search.getValue()).asMap());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            query.getSingleParameter("state").ifPresent(value -> state.setValue(ALL.equals(value) ? null
                    : UrlQuery.constant(MisState.class, value).orElse(MisState.TO_KEY)));
            query.getSingleParameter("q").ifPresent(search::setValue);
        } finally {
            applyingUrl = false;
        }
        currentFilter = filter();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mis.title");
    }
}
