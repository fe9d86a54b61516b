package app.waymark.destination.ui;

import app.waymark.destination.LearnerDestinations;
import app.waymark.destination.OutcomeCode;
import app.waymark.destination.RecordSource;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Destination records entered by staff on the learner page's Destinations tab, on the demo data. */
class ManualDestinationsTabTest extends DestinationsTabTestBase {


    @Test
    void a_tutor_without_learner_edit_gets_no_add_edit_or_delete() {
        signInToUi("tutor@northfield.example");
        openDestinationsTab(learnerWith("select learner_id from destination_record where source = 'AUTOMATIC'"));

        _assertNone(Button.class, spec -> spec.withId("add-destination"));
        assertThat(_get(Grid.class, spec -> spec.withId("destination-records")).getColumnByKey("actions")).isNull();
    }

    @SuppressWarnings("unchecked")
    private List<LearnerDestinations.DestinationRecord> records() {
        return ((Grid<LearnerDestinations.DestinationRecord>) _get(Grid.class,
                spec -> spec.withId("destination-records"))).getGenericDataView().getItems().toList();
    }

    private Button rowButton(LearnerDestinations.DestinationRecord record, String id) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("destination-records"));
        return _get(_getCellComponent(grid, records().indexOf(record), "actions"), Button.class,
                spec -> spec.withId(id));
    }

    private List<String> notificationTexts() {
        return getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_mis_officer_adds_edits_and_deletes_a_destination_after_a_phone_call() {
        signInToUi("mis@northfield.example");
        UUID learner = learnerWith("""
                select l.id from learner l where l.leaving_date is not null and not l.high_needs
                  and exists (select 1 from survey_invitation i where i.learner_id = l.id) order by l.id desc""");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        LocalDate started = today.minusDays(3);
        openDestinationsTab(learner);
        int before = transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from destination_record where learner_id = ?", Integer.class, learner));

        _click(_get(Button.class, spec -> spec.withId("add-destination")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("destination-collection-date")).getValue())
                .isEqualTo(today);
        _get(Select.class, spec -> spec.withId("destination-outcome")).setValue(OutcomeCode.EMP_1);
        _get(DatePicker.class, spec -> spec.withId("destination-start-date")).setValue(started);
        _click(_get(Button.class, spec -> spec.withId("save-destination")));
        MockVaadin.clientRoundtrip(false);

        LearnerDestinations.DestinationRecord added = records().stream()
                .filter(r -> r.source() == RecordSource.MANUAL).findFirst().orElseThrow();
        assertThat(records()).hasSize(before + 1);
        assertThat(added.outcome().label()).isEqualTo("EMP-1");
        assertThat(notificationTexts()).contains("Destination record added.");

        // Not in paid employment on the same day as paid work: refused, shown on the outcome field.
        _click(_get(Button.class, spec -> spec.withId("add-destination")));
        Select<OutcomeCode> outcome = _get(Select.class, spec -> spec.withId("destination-outcome"));
        outcome.setValue(OutcomeCode.NPE_1);
        _get(DatePicker.class, spec -> spec.withId("destination-start-date")).setValue(started);
        _click(_get(Button.class, spec -> spec.withId("save-destination")));
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).contains("cannot both start");
        _click(_get(Button.class, spec -> spec.withId("cancel-destination")));
        MockVaadin.clientRoundtrip(false);
        assertThat(records()).hasSize(before + 1);

        _click(rowButton(added, "edit-destination-" + added.id()));
        assertThat(_get(Select.class, spec -> spec.withId("destination-outcome")).getValue()).isEqualTo(OutcomeCode.EMP_1);
        _get(Select.class, spec -> spec.withId("destination-outcome")).setValue(OutcomeCode.EMP_2);
        _click(_get(Button.class, spec -> spec.withId("save-destination")));
        MockVaadin.clientRoundtrip(false);
        LearnerDestinations.DestinationRecord edited = records().stream()
                .filter(r -> r.id().equals(added.id())).findFirst().orElseThrow();
        assertThat(edited.outcome().label()).isEqualTo("EMP-2");

        _click(rowButton(edited, "delete-destination-" + edited.id()));
        _click(_get(Button.class, spec -> spec.withId("confirm-delete-destination")));
        MockVaadin.clientRoundtrip(false);
        Integer after = transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from destination_record where learner_id = ?", Integer.class, learner));
        assertThat(after).isEqualTo(before);
        List<String> actions = transactions.execute(status -> jdbc.queryForList("""
                select action from audit_event where subject_id = ? and action like 'DESTINATION_RECORD_%'
                order by id""", String.class, learner.toString()));
        assertThat(actions).containsSubsequence(
                "DESTINATION_RECORD_ADDED", "DESTINATION_RECORD_CHANGED", "DESTINATION_RECORD_DELETED");
    }
}
