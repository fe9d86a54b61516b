package app.waymark.tracker.ui;

import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import java.time.LocalDate;
import java.util.Optional;

/** A change of programme: the last day on the old programme and the new programme (staff then enrol it). */
final class ProgrammeChangeForm extends ChangeForm<RecordChange.ProgrammeChange> {

    static final class Draft {
        private LocalDate lastDayOfLearning;
        private String newProgramme = "";

        LocalDate getLastDayOfLearning() {
            return lastDayOfLearning;
        }

        void setLastDayOfLearning(LocalDate lastDayOfLearning) {
            this.lastDayOfLearning = lastDayOfLearning;
        }

        String getNewProgramme() {
            return newProgramme;
        }

        void setNewProgramme(String newProgramme) {
            this.newProgramme = newProgramme;
        }
    }

    private final Binder<Draft> binder = new Binder<>();

    ProgrammeChangeForm() {
        DatePicker lastDay = field("lastDayOfLearning",
                new DatePicker(getTranslation("tracker.field.lastDayOfLearning")));
        lastDay.setId("change-last-day");
        lastDay.setHelperText(getTranslation("tracker.form.last-day.programme.help"));
        TextField programme = field("newProgramme", new TextField(getTranslation("tracker.field.newProgramme")));
        programme.setId("change-new-programme");
        programme.setMaxLength(200);
        programme.setHelperText(getTranslation("tracker.form.new-programme.help"));
        binder.forField(lastDay).asRequired(getTranslation("tracker.form.last-day.required"))
                .bind(Draft::getLastDayOfLearning, Draft::setLastDayOfLearning);
        binder.forField(programme).asRequired(getTranslation("tracker.form.new-programme.required"))
                .withValidator(new StringLengthValidator(getTranslation("tracker.form.too-long", 200), 1, 200))
                .bind(Draft::getNewProgramme, Draft::setNewProgramme);
        binder.setBean(new Draft());
        getContent().add(lastDay, programme);
    }

    @Override
    Class<RecordChange.ProgrammeChange> kind() {
        return RecordChange.ProgrammeChange.class;
    }

    @Override
    Optional<RecordChange.ProgrammeChange> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Draft draft = binder.getBean();
        return Optional.of(new RecordChange.ProgrammeChange(draft.getLastDayOfLearning(),
                draft.getNewProgramme().strip()));
    }

    @Override
    void fill(RecordChange.ProgrammeChange change) {
        Draft draft = new Draft();
        draft.setLastDayOfLearning(change.lastDayOfLearning());
        draft.setNewProgramme(NameChangeForm.orEmpty(change.newProgramme()));
        binder.setBean(draft);
    }
}
