package app.waymark.bootcamp.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.Notifications;
import app.waymark.bootcamp.BootcampContract;
import app.waymark.bootcamp.BootcampContracts;
import app.waymark.bootcamp.ContractYear;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import com.vaadin.flow.data.validator.IntegerRangeValidator;

import java.math.BigDecimal;

/**
 * One contract year's terms (provider admins): the three milestones' names and shares, the qualifying period, the
 * outcome deadline and the price per learner. The shares must add up to 100; nothing is saved until all is right.
 */
class ContractForm extends VerticalLayout {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BootcampContracts contracts;
    private final Runnable saved;
    private final Binder<ContractDraft> binder = new Binder<>();
    private final Paragraph formError = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Button remove = new Button();
    private ContractYear year;

    ContractForm(BootcampContracts contracts, Runnable saved) {
        this.contracts = contracts;
        this.saved = saved;
        setId("contract-form");
        setPadding(false);

        TextField startName = text("contract-start-name", "bootcamps.contract.start-name");
        BigDecimalField startShare = share("contract-start-share", "bootcamps.contract.start-share");
        TextField completionName = text("contract-completion-name", "bootcamps.contract.completion-name");
        BigDecimalField completionShare = share("contract-completion-share", "bootcamps.contract.completion-share");
        TextField outcomeName = text("contract-outcome-name", "bootcamps.contract.outcome-name");
        BigDecimalField outcomeShare = share("contract-outcome-share", "bootcamps.contract.outcome-share");
        IntegerField days = integer("contract-qualifying-days", "bootcamps.contract.qualifying-days");
        IntegerField hours = integer("contract-qualifying-hours", "bootcamps.contract.qualifying-hours");
        hours.setHelperText(getTranslation("bootcamps.contract.qualifying-hours.help"));
        IntegerField months = integer("contract-outcome-months", "bootcamps.contract.outcome-months");
        months.setHelperText(getTranslation("bootcamps.contract.outcome-months.help"));
        BigDecimalField price = new BigDecimalField(getTranslation("bootcamps.contract.price"));
        price.setId("contract-price");
        price.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        price.setHelperText(getTranslation("bootcamps.contract.price.help"));

        String required = getTranslation("bootcamps.contract.required");
        binder.forField(startName).asRequired(required).bind(ContractDraft::getStartName, ContractDraft::setStartName);
        bindShare(startShare, ContractDraft::getStartShare, ContractDraft::setStartShare);
        binder.forField(completionName).asRequired(required)
                .bind(ContractDraft::getCompletionName, ContractDraft::setCompletionName);
        bindShare(completionShare, ContractDraft::getCompletionShare, ContractDraft::setCompletionShare);
        binder.forField(outcomeName).asRequired(required)
                .bind(ContractDraft::getOutcomeName, ContractDraft::setOutcomeName);
        bindShare(outcomeShare, ContractDraft::getOutcomeShare, ContractDraft::setOutcomeShare);
        binder.forField(days).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("bootcamps.contract.days.range"), 1, 365))
                .bind(ContractDraft::getQualifyingDays, ContractDraft::setQualifyingDays);
        binder.forField(hours).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("bootcamps.contract.hours.range"), 0, 1000))
                .bind(ContractDraft::getQualifyingHours, ContractDraft::setQualifyingHours);
        binder.forField(months).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("bootcamps.contract.months.range"), 1, 36))
                .bind(ContractDraft::getOutcomeDeadlineMonths, ContractDraft::setOutcomeDeadlineMonths);
        binder.forField(price)
                .withValidator(value -> value == null || (value.signum() > 0 && value.scale() <= 2
                        && value.compareTo(new BigDecimal("99999999.99")) <= 0),
                        getTranslation("bootcamps.contract.price.invalid"))
                .bind(ContractDraft::getPricePerLearner, ContractDraft::setPricePerLearner);
        binder.withValidator(draft -> draft.totalShare().compareTo(HUNDRED) == 0,
                getTranslation("bootcamps.contract.shares-total"));

        FormLayout form = new FormLayout(startName, startShare, completionName, completionShare, outcomeName,
                outcomeShare, days, hours, months, price);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formError.setId("contract-form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);
        status.setId("contract-status");

        Button save = new Button(getTranslation("bootcamps.contract.save"), event -> save());
        save.setId("contract-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.setText(getTranslation("bootcamps.contract.remove"));
        remove.setId("contract-remove");
        remove.addClickListener(event -> {
            contracts.remove(year);
            Notifications.success(getTranslation("bootcamps.contract.removed", year.label()));
            edit(year);
            saved.run();
        });
        add(status, form, formError, new HorizontalLayout(save, remove));
    }

    /** Shows the year's contract: the provider's, or the DfE defaults to start from. */
    void edit(ContractYear year) {
        this.year = year;
        BootcampContract contract = contracts.forYear(year);
        binder.readBean(ContractDraft.of(contract));
        formError.setVisible(false);
        status.setText(getTranslation(contract.stored() ? "bootcamps.contract.status.entered"
                : "bootcamps.contract.status.default", year.label()));
        remove.setVisible(contract.stored());
    }

    private void save() {
        ContractDraft draft = new ContractDraft();
        formError.setVisible(false);
        try {
            binder.writeBean(draft);
            contracts.save(year, draft.terms(), draft.getPricePerLearner());
            Notifications.success(getTranslation("bootcamps.contract.saved", year.label()));
            edit(year);
            saved.run();
        } catch (ValidationException e) {
            e.getBeanValidationErrors().stream().findFirst().ifPresent(error -> {
                formError.setText(error.getErrorMessage());
                formError.setVisible(true);
            });
        } catch (InvalidInputException e) {
            formError.setText(e.getMessage());
            formError.setVisible(true);
        }
    }

    private void bindShare(BigDecimalField field, com.vaadin.flow.function.ValueProvider<ContractDraft, BigDecimal>
            getter, com.vaadin.flow.data.binder.Setter<ContractDraft, BigDecimal> setter) {
        binder.forField(field).asRequired(getTranslation("bootcamps.contract.required"))
                .withValidator(new BigDecimalRangeValidator(getTranslation("bootcamps.contract.share.range"),
                        BigDecimal.ZERO, HUNDRED))
                .bind(getter, setter);
    }

    private TextField text(String id, String key) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setMaxLength(60);
        return field;
    }

    private BigDecimalField share(String id, String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setId(id);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        return field;
    }

    private IntegerField integer(String id, String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        return field;
    }
}
