package app.waymark.restart.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.UrlQuery;
import app.waymark.restart.ParticipantFilter;
import app.waymark.restart.ParticipantSummary;
import app.waymark.restart.Participants;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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

/**
 * DWP Restart participants: keyword search and "My participants only" (kept in the URL), a lazy grid that lists the
 * signed-in work coach's caseload first, and "Add participant" for work coaches.
 */
@Route("participants")
@RolesAllowed({Permission.MONITORING_WORK, Permission.SANCTION_SET, Permission.TRACKER_EDIT,
        Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS})
@AccessDeniedErrorRouter
@Menu(title = "menu.participants", order = 13, icon = "vaadin:user-card")
class ParticipantListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "participants";

    private final Participants participants;
    private final Grid<ParticipantSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox mineOnly = new Checkbox();
    private final Span count = new Span();
    private volatile ParticipantFilter currentFilter = ParticipantFilter.all();
    private boolean applyingUrl;

    ParticipantListView(Participants participants) {
        this.participants = participants;
        setId("participants");
        setSizeFull();

        search.setId("participant-search");
        search.setLabel(getTranslation("restart.participants.search"));
        search.setPlaceholder(getTranslation("restart.participants.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        mineOnly.setId("participant-mine");
        mineOnly.setLabel(getTranslation("restart.participants.mine"));
        mineOnly.setVisible(CurrentActor.has(Permission.MONITORING_WORK));
        search.addValueChangeListener(event -> filtersChanged());
        mineOnly.addValueChangeListener(event -> filtersChanged());

        grid.setId("participant-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ParticipantSummary::reference).setHeader(getTranslation("restart.participant.reference"))
                .setKey("reference").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ParticipantSummary::fullName).setHeader(getTranslation("restart.participant.name"))
                .setKey("name").setFlexGrow(2);
        grid.addColumn(ParticipantSummary::nationalInsuranceNumber)
                .setHeader(getTranslation("restart.participant.nino")).setKey("nino").setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.benefit() == null ? "" : row.benefit().label())
                .setHeader(getTranslation("restart.participant.benefit")).setKey("benefit").setFlexGrow(1);
        grid.addColumn(row -> row.referralDate() == null ? "" : UkFormats.DATE.format(row.referralDate()))
                .setHeader(getTranslation("restart.participant.referral-date")).setKey("referralDate")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.workCoachName() == null ? getTranslation("restart.participant.no-coach")
                        : row.workCoachName())
                .setHeader(getTranslation("restart.participant.work-coach")).setKey("workCoach").setFlexGrow(1);
        grid.addColumn(row -> getTranslation(row.activityMandatory() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("restart.participant.mandatory")).setKey("mandatory").setFlexGrow(1);
        grid.addColumn(row -> row.sanctionStatus().label())
                .setHeader(getTranslation("restart.participant.sanction-status")).setKey("sanctionStatus")
                .setFlexGrow(2);
        grid.setItems(query -> participants.list(currentFilter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) participants.count(currentFilter));
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate(ParticipantPage.route(event.getItem().id()))));
        grid.setSizeFull();
        count.setId("participant-count");

        HorizontalLayout filters = new HorizontalLayout(search, mineOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(count);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (CurrentActor.has(Permission.MONITORING_WORK)) {
            Button add = new Button(getTranslation("restart.participants.add"), VaadinIcon.PLUS.create(),
                    event -> new AddParticipantDialog(participants, created -> getUI().ifPresent(ui ->
                            ui.navigate(ParticipantPage.route(created)))).open());
            add.setId("add-participant");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importReferrals = new Button(getTranslation("restart.referrals.title"),
                    VaadinIcon.UPLOAD.create(), event -> new ReferralImportDialog(participants, this::refresh).open());
            importReferrals.setId("import-referrals");
            actions.add(add, importReferrals);
        }
        add(new H1(getTranslation("restart.participants.title")), filters, actions, grid);
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        refresh();
        UrlQuery.show(this, ROUTE, UrlQuery.parameters().with("q", search.getValue().strip())
                .with("mine", mineOnly.getValue() ? "true" : null).asMap());
    }

    private void refresh() {
        String keyword = search.getValue().strip();
        currentFilter = new ParticipantFilter(keyword.isEmpty() ? null : keyword, mineOnly.getValue());
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("restart.participants.count", participants.count(currentFilter)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            search.setValue(query.getSingleParameter("q").orElse(""));
            mineOnly.setValue(mineOnly.isVisible()
                    && query.getSingleParameter("mine").map("true"::equals).orElse(false));
        } finally {
            applyingUrl = false;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("restart.participants.title");
    }
}
