package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A return to learning: the restart date and, optionally, a new planned end date. Left empty, Waymark proposes one
 * that keeps the minimum off-the-job hours (the tracker page's preview shows it and how it was worked out).
 */
final class ReturnToLearningForm extends ChangeForm<RecordChange.ReturnToLearning> {

    static final class Draft {
        private LocalDate restartDate;
        private LocalDate plannedEndDate;

        LocalDate getRestartDate() {
            return restartDate;
        }

        void setRestartDate(LocalDate restartDate) {
            this.restartDate = restartDate;
        }

        LocalDate getPlannedEndDate() {
            return plannedEndDate;
        }

        void setPlannedEndDate(LocalDate plannedEndDate) {
            this.plannedEndDate = plannedEndDate;
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    ReturnToLearningForm() {
        DatePicker restart = field("restartDate", new DatePicker(getTranslation("tracker.field.restartDate")));
        restart.setId("change-restart-date");
        DatePicker plannedEnd = field("plannedEndDate",
                new DatePicker(getTranslation("tracker.field.plannedEndDate")));
        plannedEnd.setId("change-planned-end-date");
        plannedEnd.setClearButtonVisible(true);
        plannedEnd.setHelperText(getTranslation("tracker.form.planned-end.help"));
        binder.forField(restart).asRequired(getTranslation("tracker.form.restart.required"))
                .bind(Draft::getRestartDate, Draft::setRestartDate);
        binder.forField(plannedEnd)
                .withValidator(end -> end == null || restart.getValue() == null || end.isAfter(restart.getValue()),
                        getTranslation("tracker.form.planned-end.after-restart"))
                .bind(Draft::getPlannedEndDate, Draft::setPlannedEndDate);
        binder.setBean(new Draft());
        getContent().add(restart, plannedEnd);
    }

    @Override
    Class<RecordChange.ReturnToLearning> kind() {
        return RecordChange.ReturnToLearning.class;
    }

    @Override
    Optional<RecordChange.ReturnToLearning> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        return Optional.of(new RecordChange.ReturnToLearning(draft.getRestartDate(), draft.getPlannedEndDate()));
    }

    @Override
    void fill(RecordChange.ReturnToLearning change) {
        Draft draft = new Draft();
        draft.setRestartDate(change.restartDate());
        draft.setPlannedEndDate(change.plannedEndDate());
        binder.setBean(draft);
    }
}
