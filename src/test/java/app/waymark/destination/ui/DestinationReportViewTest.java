package app.waymark.destination.ui;

import app.waymark.base.TimeOrderedIds;
import app.waymark.base.ui.AccessDeniedView;
import app.waymark.destination.DestinationDashboard;
import app.waymark.destination.AutomaticRecords;
import app.waymark.destination.DestinationReport;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportRow;
import app.waymark.destination.DestinationReport.ReportStatus;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The destination report on the demo provider Northfield, with a learner added per test whose survey went on a day long past. */
class DestinationReportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DestinationReport report;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AutomaticRecords automaticRecords;

    /** A learner in the signed-in user's provider, answered, with a survey, an automatic and a manual record. */
    private UUID answeredLearner(String name, LocalDate sent) {
        UUID learner = TimeOrderedIds.next();
        UUID invitation = TimeOrderedIds.next();
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name,
                        leaving_date, programme_status, created_at, updated_at)
                    values (current_setting('app.tenant_id')::uuid, ?, ?, '9999999999', ?, 'Reported',
                        date '2000-12-01', 'COMPLETED', now(), now())""", learner,
                    "RV" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), name);
            jdbc.update("""
                    insert into survey_invitation (tenant_id, id, learner_id, leaving_date, channels, status,
                        sent_at, sent_by, by_hand, expires_at, answered_at)
                    values (current_setting('app.tenant_id')::uuid, ?, ?, date '2000-12-01', 'EMAIL', 'ANSWERED',
                        ?, 'test', false, ?, ?)""", invitation, learner, noon(sent), noon(sent.plusDays(30)),
                    noon(sent.plusDays(3)));
            record(learner, "OTH", 3, "AUTOMATIC", "NO_RESPONSE");
            record(learner, "EMP", 1, "SURVEY", null);
            record(learner, "EDU", 5, "MANUAL", null);
        });
        return learner;
    }

    private static java.sql.Timestamp noon(LocalDate day) {
        return java.sql.Timestamp.from(day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
    }

    private void record(UUID learner, String type, int code, String source, String flag) {
        jdbc.update("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, flag, created_at, created_by)
                values (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, date '2000-12-02', date '2001-01-05',
                    ?, ?, now(), 'test')""", TimeOrderedIds.next(), learner, type, code, source, flag);
    }

    @Test
    void the_filters_come_from_the_url_and_a_row_shows_all_the_learners_records() {
        signInToUi("admin@northfield.example");
        UUID learner = answeredLearner("Rowena", LocalDate.of(2001, 1, 2));

        UI.getCurrent().navigate("destinations/report", QueryParameters.fromString("from=2001-01-01&to=2001-01-03&status=RESPONDED&flagged=true"));

        assertThat(_get(DatePicker.class, spec -> spec.withId("report-from")).getValue())
                .isEqualTo(LocalDate.of(2001, 1, 1));
        assertThat(_get(DatePicker.class, spec -> spec.withId("report-to")).getValue())
                .isEqualTo(LocalDate.of(2001, 1, 3));
        assertThat(_get(ComboBox.class, spec -> spec.withId("report-status")).getValue())
                .isEqualTo(ReportStatus.RESPONDED);
        assertThat(_get(ComboBox.class, spec -> spec.withId("report-basis")).getValue()).isEqualTo(DateBasis.SENT);
        assertThat(_get(Checkbox.class, spec -> spec.withId("report-flagged-only")).getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        ReportRow row = _get(grid, 0);
        assertThat(row.learnerId()).isEqualTo(learner);
        assertThat(row.outcomes()).contains("OTH-3", "EMP-1", "EDU-5");

        _clickItem(grid, 0);

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("report-records"));
        assertThat(dialog.isOpened()).isTrue();
        Grid<?> records = _get(Grid.class, spec -> spec.withId("report-records-grid"));
        assertThat(records.getGenericDataView().getItems().count()).isEqualTo(3);
        assertThat(_get(Anchor.class, spec -> spec.withId("report-open-learner")).getHref())
                .isEqualTo("learners/" + learner);
    }

    @Test
    void changing_a_filter_requeries_and_the_exports_are_offered() {
        signInToUi("mis@northfield.example");
        answeredLearner("Rufus", LocalDate.of(2002, 3, 4));
        UI.getCurrent().navigate("destinations/report", QueryParameters.fromString("from=2002-03-04&to=2002-03-04"));
        @SuppressWarnings("unchecked")
        Grid<ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(_size(grid)).isEqualTo(1);

        @SuppressWarnings("unchecked")
        ComboBox<ReportStatus> status = _get(ComboBox.class, spec -> spec.withId("report-status"));
        status.setValue(ReportStatus.NO_RESPONSE);
        assertThat(_size(grid)).isZero();
        @SuppressWarnings("unchecked")
        ComboBox<DateBasis> basis = _get(ComboBox.class, spec -> spec.withId("report-basis"));
        status.clear();
        basis.setValue(DateBasis.RESPONDED);
        assertThat(_size(grid)).isZero();

        for (String id : new String[] {"report-export-xlsx", "report-export-csv"}) {
            assertThat(_get(Anchor.class, spec -> spec.withId(id)).getHref()).isNotBlank();
        }
        _click(_get(Button.class, spec -> spec.withId("report-export-ilr")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-ilr-contents")).getText())
                .isEqualTo("No record of these learners belongs in the 2023-24 ILR, so there is no ILR file to"
                        + " download.");
        _assertNone(Anchor.class, spec -> spec.withId("report-ilr-download"));
    }

    @Test
    void an_outcome_link_from_the_dashboard_lists_learners_with_that_outcome_collected_in_the_period() {
        signInToUi("mis@northfield.example");
        UUID learner = answeredLearner("Oona", LocalDate.of(2003, 5, 6));

        UI.getCurrent().navigate("destinations/report",
                QueryParameters.fromString("outcome=EDU&basis=COLLECTED&from=2001-01-05&to=2001-01-05"));

        assertThat(_get(ComboBox.class, spec -> spec.withId("report-outcome")).getValue())
                .isEqualTo(OutcomeFilter.EDU);
        assertThat(_get(ComboBox.class, spec -> spec.withId("report-basis")).getValue())
                .isEqualTo(DateBasis.COLLECTED);
        @SuppressWarnings("unchecked")
        Grid<ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(grid.getGenericDataView().getItems().map(ReportRow::learnerId)).contains(learner);

        @SuppressWarnings("unchecked")
        ComboBox<OutcomeFilter> outcome = _get(ComboBox.class, spec -> spec.withId("report-outcome"));
        outcome.setValue(OutcomeFilter.NPE);
        assertThat(grid.getGenericDataView().getItems().map(ReportRow::learnerId)).doesNotContain(learner);
        outcome.setValue(OutcomeFilter.POSITIVE);
        assertThat(grid.getGenericDataView().getItems().map(ReportRow::learnerId)).contains(learner);
    }

    /** A learner who left on {@code left}, surveyed on {@code sent}, with one record per collection date. */
    private UUID leaver(String name, LocalDate left, LocalDate sent, LocalDate... collected) {
        UUID learner = TimeOrderedIds.next();
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name,
                        leaving_date, programme_status, created_at, updated_at)
                    values (current_setting('app.tenant_id')::uuid, ?, ?, '9999999999', ?, 'Leaver', ?,
                        'COMPLETED', now(), now())""", learner,
                    "RL" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), name, left);
            jdbc.update("""
                    insert into survey_invitation (tenant_id, id, learner_id, leaving_date, channels, status,
                        sent_at, sent_by, by_hand, expires_at, answered_at)
                    values (current_setting('app.tenant_id')::uuid, ?, ?, ?, 'EMAIL', 'ANSWERED',
                        ?, 'test', false, ?, ?)""", TimeOrderedIds.next(), learner, left, noon(sent),
                    noon(sent.plusDays(30)), noon(sent.plusDays(1)));
            String[] types = {"EMP", "VOL", "GAP"};
            for (int i = 0; i < collected.length; i++) {
                jdbc.update("""
                        insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                            collection_date, source, created_at, created_by)
                        values (current_setting('app.tenant_id')::uuid, ?, ?, ?, 1, ?, ?, 'SURVEY', now(),
                            'test')""", TimeOrderedIds.next(), learner, types[i], left.plusDays(1), collected[i]);
            }
        });
        return learner;
    }

    @Test
    void rule_1_the_ilr_export_says_what_the_file_holds_what_is_left_out_and_why_and_what_it_is_for() {
        signInToUi("mis@northfield.example");
        LocalDate sent = LocalDate.of(2005, 7, 8);
        leaver("Ingrid", LocalDate.of(2024, 5, 31), sent, LocalDate.of(2024, 6, 10), LocalDate.of(2024, 10, 20));
        leaver("Isaac", LocalDate.of(2024, 6, 30), sent, LocalDate.of(2024, 7, 10));
        leaver("Nadia", LocalDate.of(2024, 9, 30), sent, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2));
        UI.getCurrent().navigate("destinations/report", QueryParameters.fromString("from=2005-07-08&to=2005-07-08"));

        _click(_get(Button.class, spec -> spec.withId("report-export-ilr")));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("report-ilr-export"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-ilr-purpose")).getText())
                .contains("not a whole ILR return").contains("not for submitting on its own");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-ilr-contents")).getText())
                .isEqualTo("The file holds 2 records of 2 learners.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-ilr-left-after")).getText())
                .isEqualTo("2 records of 1 learner who left after 31 July 2024 are not in this file: the ILR has"
                        + " no destination records from 2024-25.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-ilr-collected-late")).getText())
                .isEqualTo("1 record of 1 learner collected after 17 October 2024 is not in this file: the final"
                        + " 2023-24 return (R14) closed that day.");
        for (String id : new String[] {"report-ilr-download", "report-ilr-rest-csv", "report-ilr-rest-xlsx"}) {
            assertThat(_get(Anchor.class, spec -> spec.withId(id)).getHref()).isNotBlank();
        }
    }

    @Test
    void a_tutor_gets_access_denied() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("destinations/report", QueryParameters.fromString("status=OVERDUE"));
        _assertOne(AccessDeniedView.class);
        _assertNone(Grid.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_flag_review_filter_comes_from_the_url_lists_what_the_dashboard_counts_and_goes_back_into_the_url() {
        signInToUi("admin@northfield.example");
        var unreviewed = DestinationDashboard.filterFor(DestinationDashboard.Figure.FLAGGED, null, null);

        UI.getCurrent().navigate("destinations/report", QueryParameters.fromString("flagged=true&review=UNREVIEWED"));

        ComboBox<FlagReview> review = _get(ComboBox.class, spec -> spec.withId("report-flag-review"));
        assertThat(review.getValue()).isEqualTo(FlagReview.UNREVIEWED);
        Grid<ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat((long) _size(grid)).isEqualTo(report.count(unreviewed)).isPositive();
        assertThat(ReportLinks.filter(QueryParameters.simple(ReportLinks.parameters(unreviewed.withReview(
                FlagReview.REVIEWED))))).isEqualTo(unreviewed.withReview(FlagReview.REVIEWED));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_flagged_row_says_whether_its_flags_were_reviewed() {
        signInToUi("mis@northfield.example");
        UUID learner = answeredLearner("Reva", LocalDate.of(2003, 5, 6));
        UI.getCurrent().navigate("destinations/report", QueryParameters.fromString("from=2003-05-06&to=2003-05-06"));
        Grid<ReportRow> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(_getFormatted(grid, 0, "review")).isEqualTo("Not reviewed yet");

        UUID oth3 = transactions.execute(status -> jdbc.queryForObject(
                "select id from destination_record where learner_id = ? and flag is not null", UUID.class, learner));
        automaticRecords.markReviewed(oth3, "Phoned twice, no answer");
        grid.getDataProvider().refreshAll();

        assertThat(_getFormatted(grid, 0, "review")).isEqualTo("All reviewed");
    }
}
