package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A change of employer: from when, the employer's 9-digit Employer Data Service number (or the tick box for one not
 * on the service, sent as 999999999) and the apprentice's paid hours a week there.
 */
final class EmployerChangeForm extends ChangeForm<RecordChange.EmployerChange> {

    static final class Draft {
        private LocalDate from;
        private String empId = "";
        private boolean notOnEds;
        private BigDecimal weeklyHours;

        LocalDate getFrom() {
            return from;
        }

        void setFrom(LocalDate from) {
            this.from = from;
        }

        String getEmpId() {
            return empId;
        }

        void setEmpId(String empId) {
            this.empId = empId;
        }

        boolean isNotOnEds() {
            return notOnEds;
        }

        void setNotOnEds(boolean notOnEds) {
            this.notOnEds = notOnEds;
        }

        BigDecimal getWeeklyHours() {
            return weeklyHours;
        }

        void setWeeklyHours(BigDecimal weeklyHours) {
            this.weeklyHours = weeklyHours;
        }
    }

    private final Binder<Draft> binder = new Binder<>();
    private final TextField empId;

    EmployerChangeForm() {
        DatePicker from = field("from", new DatePicker(getTranslation("tracker.field.employerFrom")));
        from.setId("change-employer-from");
        empId = field("empId", new TextField(getTranslation("tracker.field.empId")));
        empId.setId("change-emp-id");
        empId.setMaxLength(9);
        empId.setHelperText(getTranslation("tracker.form.emp-id.help"));
        Checkbox notOnEds = new Checkbox(getTranslation("tracker.form.not-on-eds"));
        notOnEds.setId("change-not-on-eds");
        BigDecimalField weeklyHours = field("weeklyHours",
                new BigDecimalField(getTranslation("tracker.field.weeklyHours")));
        weeklyHours.setId("change-weekly-hours");
        weeklyHours.setHelperText(getTranslation("tracker.form.weekly-hours.help"));

        binder.forField(from).asRequired(getTranslation("tracker.form.employer-from.required"))
                .bind(Draft::getFrom, Draft::setFrom);
        binder.forField(empId)
                .withValidator(value -> notOnEds.getValue() || value.strip().matches("\\d{9}"),
                        getTranslation("tracker.form.emp-id.invalid"))
                .bind(Draft::getEmpId, Draft::setEmpId);
        binder.forField(notOnEds).bind(Draft::isNotOnEds, Draft::setNotOnEds);
        binder.forField(weeklyHours).asRequired(getTranslation("tracker.form.weekly-hours.required"))
                .withValidator(hours -> hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(99)) <= 0,
                        getTranslation("tracker.form.weekly-hours.range"))
                .bind(Draft::getWeeklyHours, Draft::setWeeklyHours);
        notOnEds.addValueChangeListener(event -> notOnEdsChanged(event.getValue()));
        binder.setBean(new Draft());
        notOnEdsChanged(false);
        getContent().add(from, weeklyHours, empId, notOnEds);
    }

    private void notOnEdsChanged(boolean notOnEds) {
        empId.setEnabled(!notOnEds);
        empId.setRequiredIndicatorVisible(!notOnEds);
        if (notOnEds) {
            empId.setValue("");
        }
        empId.setInvalid(false);
    }

    @Override
    Class<RecordChange.EmployerChange> kind() {
        return RecordChange.EmployerChange.class;
    }

    @Override
    Optional<RecordChange.EmployerChange> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        long id = draft.isNotOnEds() ? RecordChange.EmployerChange.NOT_ON_EDS : Long.parseLong(draft.getEmpId().strip());
        return Optional.of(new RecordChange.EmployerChange(draft.getFrom(), id, draft.getWeeklyHours()));
    }

    @Override
    void fill(RecordChange.EmployerChange change) {
        Draft draft = new Draft();
        draft.setFrom(change.from());
        boolean notOnEds = change.empId() == RecordChange.EmployerChange.NOT_ON_EDS;
        draft.setNotOnEds(notOnEds);
        draft.setEmpId(notOnEds ? "" : String.format("%09d", change.empId()));
        draft.setWeeklyHours(change.weeklyHours());
        binder.setBean(draft);
        notOnEdsChanged(notOnEds);
    }
}
