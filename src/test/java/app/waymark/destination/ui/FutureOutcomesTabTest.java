package app.waymark.destination.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.destination.LearnerDestinations;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 rule 7 (decision 0060) on the learner page's Destinations tab, on the demo data: a future outcome shows
 * "Starts ... - not yet confirmed"; once its start date has passed the MIS officer confirms it started, and the
 * history says who did and when. What the test adds to the demo data is removed after it.
 */
class FutureOutcomesTabTest extends DestinationsTabTestBase {

    private UUID started;
    private UUID due;

    @AfterEach
    void removeTheRecordsAdded() {
        if (started != null) {
            transactions.executeWithoutResult(status -> jdbc.update(
                    "delete from destination_record where id in (?, ?)", started, due));
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<LearnerDestinations.DestinationRecord> grid() {
        return _get(Grid.class, spec -> spec.withId("destination-records"));
    }

    private int rowOf(UUID record) {
        List<LearnerDestinations.DestinationRecord> records = grid().getGenericDataView().getItems().toList();
        return records.indexOf(records.stream().filter(r -> r.id().equals(record)).findFirst().orElseThrow());
    }

    private String reviewCell(UUID record) {
        Grid<LearnerDestinations.DestinationRecord> grid = grid();
        return _getFormattedRow(grid, rowOf(record)).get(grid.getColumns().indexOf(grid.getColumnByKey("review")));
    }

    private UUID futureRecord(UUID learner, String type, int code, LocalDate start, LocalDate collected) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, created_at, created_by)
                select tenant_id, ?, learner_id, ?, ?, ?, ?, 'MANUAL', now(), 'test'
                from destination_report_line where learner_id = ?""", id, type, code, Date.valueOf(start),
                Date.valueOf(collected), learner));
        return id;
    }

    @Test
    void the_mis_officer_confirms_a_future_outcome_started_once_its_start_date_has_passed() {
        signInToUi("mis@northfield.example");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        UUID learner = learnerWith("select learner_id from destination_report_line order by learner_id");
        // Two days apart, so neither clashes with the other or with what the demo learner already has on one day.
        started = futureRecord(learner, "EMP", 1, today.minusDays(3), today.minusDays(40));
        due = futureRecord(learner, "EDU", 4, today.plusDays(20), today.minusDays(40));
        openDestinationsTab(learner);

        assertThat(reviewCell(started))
                .isEqualTo("Starts " + UkFormats.DATE.format(today.minusDays(3)) + " - not yet confirmed");
        assertThat(reviewCell(due))
                .isEqualTo("Starts " + UkFormats.DATE.format(today.plusDays(20)) + " - not yet confirmed");
        assertThat(_find(Button.class).stream().map(button -> button.getId().orElse("")))
                .as("a future outcome not yet started cannot be confirmed")
                .doesNotContain("confirm-destination-" + due);

        _click(_get(_getCellComponent(grid(), rowOf(started), "actions"), Button.class,
                spec -> spec.withId("confirm-destination-" + started)));
        MockVaadin.clientRoundtrip(false);

        assertThat(getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText))
                .contains("EMP-1 confirmed as started; it now counts as the learner's destination.");
        assertThat(reviewCell(started)).startsWith("Confirmed started ").contains(" by ");
        _assertNone(Button.class, spec -> spec.withId("confirm-destination-" + started));
        List<String> audited = transactions.execute(status -> jdbc.queryForList(
                "select action from audit_event where subject_id = ? and action = 'DESTINATION_OUTCOME_CONFIRMED'",
                String.class, learner.toString()));
        assertThat(audited).hasSize(1);
    }

    @Test
    void a_tutor_sees_that_a_future_outcome_is_not_yet_confirmed_but_gets_no_confirm_action() {
        signInToUi("mis@northfield.example");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        UUID learner = learnerWith("select learner_id from destination_report_line order by learner_id");
        started = futureRecord(learner, "EMP", 1, today.minusDays(3), today.minusDays(40));
        due = futureRecord(learner, "EDU", 4, today.plusDays(20), today.minusDays(40));
        signInToUi("tutor@northfield.example");

        openDestinationsTab(learner);

        assertThat(reviewCell(started)).endsWith(" - not yet confirmed");
        assertThat(_find(Button.class).stream().map(button -> button.getId().orElse("")))
                .noneMatch(id -> id.startsWith("confirm-destination-"));
    }
}
