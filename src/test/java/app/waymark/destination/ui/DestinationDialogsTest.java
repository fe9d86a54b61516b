package app.waymark.destination.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;
import app.waymark.destination.DestinationError;
import app.waymark.destination.DestinationField;
import app.waymark.destination.ManualDestinations;
import app.waymark.destination.OutcomeCode;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The Destinations tab's dialogs as forms: what their Binder refuses before the service is asked, and how. */
class DestinationDialogsTest extends KaribuTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    final List<ManualDestinations.Entry> saved = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Test
    @SuppressWarnings("unchecked")
    void the_record_form_asks_for_an_outcome_and_a_start_and_saves_nothing_until_they_are_given() {
        DestinationRecordDialog dialog = new DestinationRecordDialog(null, TODAY, saved::add);
        dialog.open();

        assertThat(datePicker("destination-collection-date").getValue()).isEqualTo(TODAY);
        _click(_get(Button.class, spec -> spec.withId("save-destination")));

        Select<OutcomeCode> outcome = _get(Select.class, spec -> spec.withId("destination-outcome"));
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).isEqualTo("Choose an outcome.");
        assertThat(datePicker("destination-start-date").getErrorMessage())
                .isEqualTo("Enter the date the outcome started.");
        assertThat(saved).isEmpty();
        assertThat(dialog.isOpened()).isTrue();

        outcome.setValue(OutcomeCode.EMP_1);
        datePicker("destination-start-date").setValue(TODAY.minusDays(10));
        _click(_get(Button.class, spec -> spec.withId("save-destination")));

        assertThat(saved).containsExactly(new ManualDestinations.Entry(OutcomeCode.EMP_1.type(), 1,
                TODAY.minusDays(10), null, TODAY));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_end_before_the_start_and_a_collection_date_in_the_future_are_refused_on_their_fields() {
        new DestinationRecordDialog(null, TODAY, saved::add).open();
        _get(Select.class, spec -> spec.withId("destination-outcome")).setValue(OutcomeCode.EDU_4);
        datePicker("destination-start-date").setValue(TODAY.minusDays(10));
        datePicker("destination-end-date").setValue(TODAY.minusDays(11));
        datePicker("destination-collection-date").setValue(TODAY.plusDays(1));

        _click(_get(Button.class, spec -> spec.withId("save-destination")));

        assertThat(datePicker("destination-end-date").isInvalid()).isTrue();
        assertThat(datePicker("destination-end-date").getErrorMessage())
                .isEqualTo("The end date must not be before the start date.");
        assertThat(datePicker("destination-collection-date").isInvalid()).isTrue();
        assertThat(saved).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_refusal_from_the_service_shows_on_the_field_it_names_and_keeps_the_dialog_open() {
        DestinationRecordDialog dialog = new DestinationRecordDialog(null, TODAY, entry -> {
            throw DestinationError.STARTS_OVER_TEN_YEARS_BEFORE.refusalOn(DestinationField.START_DATE, "EMP-1",
                    Translatable.day(entry.startDate()));
        });
        dialog.open();
        _get(Select.class, spec -> spec.withId("destination-outcome")).setValue(OutcomeCode.EMP_1);
        datePicker("destination-start-date").setValue(TODAY.minusYears(12));

        _click(_get(Button.class, spec -> spec.withId("save-destination")));

        assertThat(datePicker("destination-start-date").isInvalid()).isTrue();
        assertThat(datePicker("destination-start-date").getErrorMessage())
                .isEqualTo("EMP-1 starts on 4 December 2014, more than 10 years before the teaching year.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_blank_review_note_is_refused_on_the_field_without_asking_the_service() {
        StaffNoteDialog dialog = new StaffNoteDialog(StaffNoteDialog.Kind.REVIEW, "OTH-3, 1 Dec 2026", notes::add,
                () -> { }, refused -> { });
        dialog.open();
        TextArea note = _get(TextArea.class, spec -> spec.withId("review-note"));
        note.setValue("   ");

        _click(_get(Button.class, spec -> spec.withId("confirm-review")));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Add a note saying what was checked.");
        assertThat(notes).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_supersede_reason_is_handed_to_the_action_and_a_refusal_about_the_record_closes_the_dialog() {
        List<String> refusals = new ArrayList<>();
        StaffNoteDialog dialog = new StaffNoteDialog(StaffNoteDialog.Kind.SUPERSEDE, "OTH-3, 1 Dec 2026",
                reason -> {
                    notes.add(reason);
                    throw new InvalidInputException(null, "This OTH-3 was already superseded.");
                }, () -> { }, refusals::add);
        dialog.open();
        _get(TextArea.class, spec -> spec.withId("supersede-reason")).setValue("Answered by phone");

        _click(_get(Button.class, spec -> spec.withId("confirm-supersede")));

        assertThat(notes).containsExactly("Answered by phone");
        assertThat(refusals).containsExactly("This OTH-3 was already superseded.");
        assertThat(dialog.isOpened()).isFalse();
    }

    private static DatePicker datePicker(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }
}
