package app.waymark.destination.ui;

import app.waymark.destination.LearnerDestinations;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 rule 2 and the reviewable flag on the learner page's Destinations tab, on the demo data: the MIS officer
 * reviews the flag of an automatic OTH-3 and then supersedes it once a real destination has turned up. What the test
 * changes in the demo data is undone after it.
 */
class AutomaticRecordsTabTest extends DestinationsTabTestBase {

    private UUID learner;
    private UUID oth3;
    private UUID staffs;

    @AfterEach
    void undoChangesToTheDemoData() {
        if (oth3 != null) {
            transactions.executeWithoutResult(status -> {
                jdbc.update("delete from destination_record where id = ?", staffs);
                jdbc.update("""
                        update destination_record set superseded_at = null, superseded_by = null,
                            supersede_reason = null, reviewed_at = null, reviewed_by = null, review_note = null
                        where id = ?""", oth3);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private List<LearnerDestinations.DestinationRecord> records() {
        return ((Grid<LearnerDestinations.DestinationRecord>) _get(Grid.class,
                spec -> spec.withId("destination-records"))).getGenericDataView().getItems().toList();
    }

    private LearnerDestinations.DestinationRecord oth3() {
        return records().stream().filter(r -> r.id().equals(oth3)).findFirst().orElseThrow();
    }

    private Button rowButton(String id) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("destination-records"));
        return _get(_getCellComponent(grid, records().indexOf(oth3()), "actions"), Button.class,
                spec -> spec.withId(id));
    }

    private String reviewCell() {
        Grid<LearnerDestinations.DestinationRecord> grid = _get(Grid.class,
                spec -> spec.withId("destination-records"));
        return com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, records().indexOf(oth3()))
                .get(grid.getColumns().indexOf(grid.getColumnByKey("review")));
    }

    private List<String> notificationTexts() {
        return getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    @Test
    void the_mis_officer_reviews_the_flag_then_supersedes_the_automatic_OTH_3_which_stays_in_the_history() {
        signInToUi("mis@northfield.example");
        oth3 = transactions.execute(status -> jdbc.queryForObject("""
                select r.id from destination_record r
                where r.source = 'AUTOMATIC' and r.superseded_at is null and r.reviewed_at is null
                order by r.learner_id desc limit 1""", UUID.class));
        learner = transactions.execute(status -> jdbc.queryForObject(
                "select learner_id from destination_record where id = ?", UUID.class, oth3));
        staffs = UUID.randomUUID();
        transactions.executeWithoutResult(status -> jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, created_at, created_by)
                select tenant_id, ?, learner_id, 'EMP', 1, start_date + 7, current_date, 'MANUAL', now(), 'test'
                from destination_record where id = ?""", staffs, oth3));
        openDestinationsTab(learner);
        assertThat(_get(Paragraph.class, spec -> spec.withId("supersede-hint")).getText())
                .contains("beside an automatic OTH-3");
        assertThat(reviewCell()).isEqualTo("Not reviewed yet");

        _click(rowButton("review-destination-" + oth3));
        _click(_get(Button.class, spec -> spec.withId("confirm-review")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("review-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Add a note saying what was checked.");
        note.setValue("Rang the number on the ILR: no answer");
        _click(_get(Button.class, spec -> spec.withId("confirm-review")));
        MockVaadin.clientRoundtrip(false);

        assertThat(notificationTexts()).contains("Flag marked reviewed.");
        assertThat(oth3().reviewed().text()).isEqualTo("Rang the number on the ILR: no answer");
        assertThat(reviewCell()).startsWith("Reviewed ").endsWith(": Rang the number on the ILR: no answer");
        _assertNone(Button.class, spec -> spec.withId("review-destination-" + oth3));

        _click(rowButton("supersede-destination-" + oth3));
        _assertOne(Button.class, spec -> spec.withId("confirm-supersede"));
        _get(TextArea.class, spec -> spec.withId("supersede-reason"))
                .setValue("Called back a week later: in work since the week after leaving");
        _click(_get(Button.class, spec -> spec.withId("confirm-supersede")));
        MockVaadin.clientRoundtrip(false);

        assertThat(notificationTexts()).contains("OTH-3 superseded.");
        assertThat(oth3().superseded().text()).startsWith("Called back a week later");
        assertThat(reviewCell()).startsWith("Superseded ").contains("Called back a week later");
        _assertNone(Button.class, spec -> spec.withId("supersede-destination-" + oth3));
        _assertNone(Paragraph.class, spec -> spec.withId("supersede-hint"));
        List<String> actions = transactions.execute(status -> jdbc.queryForList("""
                select action from audit_event where subject_id = ? and action in
                    ('DESTINATION_FLAG_REVIEWED', 'DESTINATION_RECORD_SUPERSEDED') order by id""", String.class,
                learner.toString()));
        assertThat(actions).containsExactly("DESTINATION_FLAG_REVIEWED", "DESTINATION_RECORD_SUPERSEDED");
    }

    @Test
    void a_tutor_sees_who_reviewed_but_gets_no_supersede_or_review_action() {
        signInToUi("tutor@northfield.example");
        UUID flagged = learnerWith("select learner_id from destination_record where source = 'AUTOMATIC'");

        openDestinationsTab(flagged);

        assertThat(_get(Grid.class, spec -> spec.withId("destination-records")).getColumnByKey("review"))
                .isNotNull();
        assertThat(_find(Button.class).stream().map(button -> button.getId().orElse("")))
                .noneMatch(id -> id.startsWith("supersede-destination-") || id.startsWith("review-destination-"));
        _assertNone(Paragraph.class, spec -> spec.withId("supersede-hint"));
    }
}
