package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.Optional;

/** A break in learning: the last day of learning before the break. */
final class BreakInLearningForm extends ChangeForm<RecordChange.BreakInLearning> {

    static final class Draft {
        private LocalDate lastDayOfLearning;

        LocalDate getLastDayOfLearning() {
            return lastDayOfLearning;
        }

        void setLastDayOfLearning(LocalDate lastDayOfLearning) {
            this.lastDayOfLearning = lastDayOfLearning;
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    BreakInLearningForm() {
        DatePicker lastDay = field("lastDayOfLearning",
                new DatePicker(getTranslation("tracker.field.lastDayOfLearning")));
        lastDay.setId("change-last-day");
        lastDay.setHelperText(getTranslation("tracker.form.last-day.break.help"));
        binder.forField(lastDay).asRequired(getTranslation("tracker.form.last-day.required"))
                .bind(Draft::getLastDayOfLearning, Draft::setLastDayOfLearning);
        binder.setBean(new Draft());
        getContent().add(lastDay);
    }

    @Override
    Class<RecordChange.BreakInLearning> kind() {
        return RecordChange.BreakInLearning.class;
    }

    @Override
    Optional<RecordChange.BreakInLearning> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new RecordChange.BreakInLearning(binder.getBean().getLastDayOfLearning()));
    }

    @Override
    void fill(RecordChange.BreakInLearning change) {
        Draft draft = new Draft();
        draft.setLastDayOfLearning(change.lastDayOfLearning());
        binder.setBean(draft);
    }
}
