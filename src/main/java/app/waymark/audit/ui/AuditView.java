package app.waymark.audit.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditFilter;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.UrlQuery;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Objects;

/** The provider's audit trail, newest first; filters live in the URL so a view can be bookmarked and shared. */
@Route("audit")
@RolesAllowed(Permission.AUDIT_READ)
@AccessDeniedErrorRouter
@Menu(title = "menu.audit", order = 85, icon = "vaadin:records")
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final AuditService audit;
    private final Grid<AuditRecord> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private boolean applyingUrl;

    AuditView(AuditService audit) {
        this.audit = audit;
        setId("audit");
        setSizeFull();
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems(AuditActions.ALL);
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        actor.addValueChangeListener(event -> filtersChanged());
        action.addValueChangeListener(event -> filtersChanged());
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());

        grid.addColumn(r -> UkFormats.SECOND.format(r.occurredAt())).setHeader(getTranslation("audit.time")).setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.actor")).setFlexGrow(1);
        grid.addColumn(r -> actionLabel(r.action())).setHeader(getTranslation("audit.action")).setFlexGrow(1);
        grid.addColumn(AuditRecord::describeDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3)
                .setTooltipGenerator(r -> Objects.toString(r.subjectType(), "") + " "
                        + Objects.toString(r.subjectId(), ""));
        grid.setItems(query -> audit.find(filter(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) audit.count(filter()));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("audit.title")), filters, grid);
    }

    private String actionLabel(String action) {
        return getTranslation("audit.action." + action);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        grid.getDataProvider().refreshAll();
        UrlQuery.show(this, "audit", UrlQuery.parameters().with("actor", actor.getValue())
                .with("action", action.getValue()).with("from", from.getValue()).with("to", to.getValue()).asMap());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            query.getSingleParameter("actor").ifPresent(actor::setValue);
            query.getSingleParameter("action").filter(AuditActions.ALL::contains).ifPresent(action::setValue);
            query.getSingleParameter("from").map(UrlQuery::date).ifPresent(from::setValue);
            query.getSingleParameter("to").map(UrlQuery::date).ifPresent(to::setValue);
        } finally {
            applyingUrl = false;
        }
        grid.getDataProvider().refreshAll();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
