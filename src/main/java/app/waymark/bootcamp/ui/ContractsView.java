package app.waymark.bootcamp.ui;

import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.bootcamp.BootcampContract;
import app.waymark.bootcamp.BootcampContracts;
import app.waymark.bootcamp.ContractYear;
import app.waymark.bootcamp.Milestone;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The provider's Skills Bootcamp contracts (provider admins): the years entered, and a form for any year from
 * 2022-23 to next year. A year not entered is paid on the DfE 2022-23/2023-24 terms (decision 0048).
 */
@Route(ContractsView.ROUTE)
@RolesAllowed(Permission.USERS_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.bootcamp-contracts", order = 88, icon = "vaadin:money")
class ContractsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "bootcamps/contracts";

    private static final ContractYear FIRST = ContractYear.parse("2022-23");

    private final BootcampContracts contracts;
    private final Grid<BootcampContract> entered = new Grid<>();

    ContractsView(BootcampContracts contracts, Clock clock) {
        this.contracts = contracts;
        setId("bootcamp-contracts");
        setMaxWidth("64rem");

        entered.setId("contracts-entered");
        entered.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entered.addColumn(contract -> contract.year().label()).setHeader(getTranslation("bootcamps.page.contract-year"))
                .setAutoWidth(true).setFlexGrow(0);
        entered.addColumn(contract -> List.of(Milestone.values()).stream().map(m -> m.code() + " "
                        + contract.terms().definition(m).name() + " "
                        + contract.terms().definition(m).sharePercent().stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining(", "))).setHeader(getTranslation("bootcamps.contract.milestones"))
                .setFlexGrow(3);
        entered.addColumn(contract -> getTranslation("bootcamps.contract.qualifying", contract.terms().qualifyingDays(),
                contract.terms().qualifyingHours())).setHeader(getTranslation("bootcamps.contract.qualifying.header"));
        entered.addColumn(contract -> getTranslation("bootcamps.contract.months",
                contract.terms().outcomeDeadline().toTotalMonths()))
                .setHeader(getTranslation("bootcamps.contract.outcome-months"));
        entered.addColumn(contract -> BootcampTexts.money(contract.pricePerLearner()))
                .setHeader(getTranslation("bootcamps.contract.price"));
        entered.setAllRowsVisible(true);
        entered.setEmptyStateText(getTranslation("bootcamps.contract.none"));

        ContractForm form = new ContractForm(contracts, this::refresh);
        Select<ContractYear> year = new Select<>();
        year.setId("contract-year");
        year.setLabel(getTranslation("bootcamps.page.contract-year"));
        ContractYear current = ContractYear.containing(LocalDate.now(clock.withZone(UkFormats.UK)));
        List<ContractYear> years = new ArrayList<>();
        for (int y = FIRST.firstYear(); y <= current.firstYear() + 1; y++) {
            years.add(new ContractYear(y));
        }
        year.setItems(years);
        year.setItemLabelGenerator(ContractYear::label);
        year.setValue(current);
        year.addValueChangeListener(event -> form.edit(event.getValue()));
        entered.addItemClickListener(event -> year.setValue(event.getItem().year()));
        form.edit(current);

        add(new H1(getTranslation("bootcamps.contract.title")), new Paragraph(getTranslation("bootcamps.contract.intro")),
                entered, new H2(getTranslation("bootcamps.contract.edit")), year, form);
        refresh();
    }

    private void refresh() {
        entered.setItems(contracts.stored());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bootcamps.contract.title");
    }
}
