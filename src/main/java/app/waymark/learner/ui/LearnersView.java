package app.waymark.learner.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.UrlQuery;
import app.waymark.learner.FundModels;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.learner.ProgrammeStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;

/** The provider's learners: search, filters (kept in the URL) and sortable columns over a lazy grid. */
@Route("learners")
@RolesAllowed(Permission.LEARNER_VIEW)
@AccessDeniedErrorRouter
@Menu(title = "menu.learners", order = 10, icon = "vaadin:academy-cap")
class LearnersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final LearnerService learners;
    private final Grid<LearnerSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<ProgrammeStatus> status = new ComboBox<>();
    private final ComboBox<Integer> fundModel = new ComboBox<>();
    private final DatePicker leftFrom = new DatePicker();
    private final DatePicker leftTo = new DatePicker();
    private boolean applyingUrl;

    LearnersView(LearnerService learners) {
        this.learners = learners;
        setId("learners");
        setSizeFull();
        search.setLabel(getTranslation("learners.search"));
        search.setId("learner-search");
        search.setPlaceholder(getTranslation("learners.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        status.setLabel(getTranslation("learners.status"));
        status.setItems(ProgrammeStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("learners.status." + s.name()));
        status.setClearButtonVisible(true);
        fundModel.setLabel(getTranslation("learners.fund-model"));
        fundModel.setItems(FundModels.CODES);
        fundModel.setItemLabelGenerator(code -> getTranslation("fund-model." + code));
        fundModel.setClearButtonVisible(true);
        fundModel.setWidth("16rem");
        leftFrom.setLabel(getTranslation("learners.left-from"));
        leftTo.setLabel(getTranslation("learners.left-to"));
        search.addValueChangeListener(event -> filtersChanged());
        status.addValueChangeListener(event -> filtersChanged());
        fundModel.addValueChangeListener(event -> filtersChanged());
        leftFrom.addValueChangeListener(event -> filtersChanged());
        leftTo.addValueChangeListener(event -> filtersChanged());

        grid.addColumn(LearnerSummary::learnRefNumber).setHeader(getTranslation("learners.ref"))
                .setSortProperty("learnRefNumber").setFlexGrow(1);
        grid.addColumn(LearnerSummary::familyName).setHeader(getTranslation("learners.family-name"))
                .setSortProperty("familyName").setFlexGrow(2);
        grid.addColumn(LearnerSummary::givenNames).setHeader(getTranslation("learners.given-names"))
                .setSortProperty("givenNames").setFlexGrow(2);
        grid.addColumn(LearnerSummary::uln).setHeader(getTranslation("learners.uln")).setSortProperty("uln")
                .setFlexGrow(1);
        grid.addColumn(l -> getTranslation("learners.status." + l.programmeStatus().name()))
                .setHeader(getTranslation("learners.status")).setSortProperty("programmeStatus").setFlexGrow(1);
        grid.addColumn(l -> l.leavingDate() == null ? "" : UkFormats.DATE.format(l.leavingDate()))
                .setHeader(getTranslation("learners.leaving-date")).setSortProperty("leavingDate").setFlexGrow(1);
        grid.setItems(query -> learners.find(filter(), query.getPage(), query.getPageSize(),
                        sort(query.getSortOrders())).stream(),
                query -> (int) learners.count(filter()));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("learners/" + event.getItem().id())));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(search, status, fundModel, leftFrom, leftTo);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("learners.title")), filters, grid);
    }

    private static Sort sort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(order -> order.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted())).toList());
    }

    private LearnerFilter filter() {
        return new LearnerFilter(search.getValue(), status.getValue(), fundModel.getValue(), leftFrom.getValue(),
                leftTo.getValue());
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        grid.getDataProvider().refreshAll();
        UrlQuery.show(this, "learners", UrlQuery.parameters().with("q", search.getValue())
                .with("status", status.getValue()).with("fundModel", fundModel.getValue())
                .with("leftFrom", leftFrom.getValue()).with("leftTo", leftTo.getValue()).asMap());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            query.getSingleParameter("q").ifPresent(search::setValue);
            query.getSingleParameter("status").flatMap(v -> UrlQuery.constant(ProgrammeStatus.class, v)).ifPresent(status::setValue);
            query.getSingleParameter("fundModel").filter(v -> v.matches("\\d{2}")).map(Integer::valueOf)
                    .filter(FundModels.CODES::contains).ifPresent(fundModel::setValue);
            query.getSingleParameter("leftFrom").map(UrlQuery::date).ifPresent(leftFrom::setValue);
            query.getSingleParameter("leftTo").map(UrlQuery::date).ifPresent(leftTo::setValue);
        } finally {
            applyingUrl = false;
        }
        grid.getDataProvider().refreshAll();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("learners.title");
    }
}
