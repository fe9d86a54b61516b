package app.waymark.destination;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.destination.DestinationDashboard.Figure;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 19 rule 2 and the reviewable flag: superseding an automatic OTH-3, and marking a flag reviewed. */
class AutomaticRecordsTest extends DestinationTest {

    @Autowired
    AutomaticRecords automatic;
    @Autowired
    LearnerDestinations learnerDestinations;
    @Autowired
    DestinationReport report;
    @Autowired
    DestinationDashboard dashboard;

    DispatchTestTenant provider;
    DestinationTestData data;
    LocalDate today;
    LocalDate left;

    @BeforeEach
    void freshProvider() {
        provider = newProvider();
        data = new DestinationTestData(provider, jdbc, transactions);
        today = ukToday();
        left = today.minusDays(100);
    }

    /** A learner whose survey closed unanswered (OTH-3 flagged NO_RESPONSE); the OTH-3's id. */
    private UUID silentLearnersOth3(UUID learner) {
        data.invitation(learner, left, "NO_RESPONSE", clock.instant());
        return data.record(learner, "OTH", 3, left.plusDays(1), today.minusDays(60), "AUTOMATIC", "NO_RESPONSE");
    }

    private ReportRow line(UUID learner) {
        List<ReportRow> rows = new ArrayList<>();
        provider.run(() -> report.forEach(ReportFilter.ALL, List.of(learner), rows::add));
        return rows.getFirst();
    }

    private long count(ReportFilter filter) {
        return provider.call(() -> report.count(filter));
    }

    private Map<String, Object> row(UUID record) {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where id = ?", record)));
    }

    private List<Map<String, Object>> audits(String action, UUID learner) {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForList("""
                select details_before::text as before, details_after::text as after from audit_event
                where action = ? and subject_id = ?""", action, learner.toString())));
    }

    @Test
    void rule_2_an_automatic_OTH_3_is_superseded_with_a_reason_audited_kept_in_the_history_and_no_longer_counted() {
        UUID learner = provider.learner("Ann", "ann@mail.example", null, left, "", "");
        UUID oth3 = silentLearnersOth3(learner);
        data.record(learner, "EMP", 1, left.plusDays(20), today.minusDays(5), "MANUAL", null);
        assertThat(line(learner).outcomes()).isEqualTo("EMP-1, OTH-3");
        assertThat(count(ReportFilter.ALL.withOutcome(OutcomeFilter.OTH))).isEqualTo(1);

        provider.run(() -> automatic.supersede(oth3, "Phoned on 3 March: in work since the week after leaving"));

        assertThat(row(oth3)).containsEntry("superseded_by", "Waymark (system)")
                .containsEntry("supersede_reason", "Phoned on 3 March: in work since the week after leaving");
        assertThat(row(oth3).get("superseded_at")).isNotNull();
        LearnerDestinations.DestinationRecord history = provider.call(() -> learnerDestinations.records(learner))
                .stream().filter(r -> r.id().equals(oth3)).findFirst().orElseThrow();
        assertThat(history.superseded()).isNotNull();
        assertThat(history.superseded().text()).startsWith("Phoned on 3 March");
        assertThat(audits("DESTINATION_RECORD_SUPERSEDED", learner)).singleElement()
                .satisfies(audit -> assertThat(audit.get("after").toString()).contains("OTH-3")
                        .contains("Phoned on 3 March"));
        ReportRow line = line(learner);
        assertThat(line.outcomes()).isEqualTo("EMP-1");
        assertThat(line.flagged()).isFalse();
        assertThat(count(ReportFilter.ALL.withOutcome(OutcomeFilter.OTH))).isZero();
        assertThat(count(new ReportFilter(null, null, null, null, null, true))).isZero();
        assertThat(provider.call(() -> report.learnersByOutcome(today.minusYears(1), today)))
                .containsEntry(OutcomeFilter.OTH, 0).containsEntry(OutcomeFilter.EMP, 1);
        assertThat(provider.call(dashboard::lastTwelveMonths).get(Figure.FLAGGED)).isZero();
        List<String> exported = new ArrayList<>();
        for (boolean inIlrFile : List.of(true, false)) {
            provider.run(() -> report.forEachIlrRecord(ReportFilter.ALL, List.of(learner), inIlrFile,
                    record -> exported.add(record.record().outcome().label())));
        }
        assertThat(exported).containsExactly("EMP-1");
    }

    @Test
    void rule_2_superseding_without_the_permission_or_a_reason_or_of_a_real_record_is_refused_and_changes_nothing() {
        UUID learner = provider.learner("Ben", "ben@mail.example", null, left, "", "");
        UUID oth3 = silentLearnersOth3(learner);
        UUID staffs = data.record(learner, "EMP", 1, left.plusDays(20), today.minusDays(5), "MANUAL", null);

        assertThatThrownBy(() -> provider.run(() -> automatic.supersede(oth3, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.getMessage()).isEqualTo("Say why this OTH-3 no longer stands.");
                });
        assertThatThrownBy(() -> provider.run(() -> automatic.supersede(staffs, "wrong one")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Only an automatic OTH-3 can be superseded; this record was entered by staff."));
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW, Permission.REPORTS_VIEW);
        assertThatThrownBy(() -> provider.run(() -> automatic.supersede(oth3, "A real destination turned up")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(row(oth3)).containsEntry("superseded_at", null);
        assertThat(audits("DESTINATION_RECORD_SUPERSEDED", learner)).isEmpty();
        assertThat(line(learner).outcomes()).isEqualTo("EMP-1, OTH-3");
    }

    @Test
    void a_superseded_OTH_3_cannot_be_superseded_twice() {
        UUID learner = provider.learner("Cara", "cara@mail.example", null, left, "", "");
        UUID oth3 = silentLearnersOth3(learner);
        provider.run(() -> automatic.supersede(oth3, "Answered the survey late"));

        assertThatThrownBy(() -> provider.run(() -> automatic.supersede(oth3, "again")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .startsWith("This OTH-3 was already superseded by Waymark (system) on "));
        assertThat(audits("DESTINATION_RECORD_SUPERSEDED", learner)).hasSize(1);
    }

    @Test
    void a_flag_marked_reviewed_keeps_who_when_and_the_note_and_the_unreviewed_counts_drop() {
        UUID checked = provider.learner("Dev", "dev@mail.example", null, left, "", "");
        UUID checkedOth3 = silentLearnersOth3(checked);
        UUID waiting = provider.learner("Eve", null, null, left, "", "");
        data.record(waiting, "OTH", 3, left.plusDays(1), today.minusDays(60), "AUTOMATIC", "NOT_CONTACTABLE");
        ReportFilter unreviewed = DestinationDashboard.filterFor(Figure.FLAGGED, null, null);
        ReportFilter reviewed = new ReportFilter(null, null, null, null, null, true).withReview(FlagReview.REVIEWED);
        ReportFilter flagged = new ReportFilter(null, null, null, null, null, true);
        assertThat(provider.call(dashboard::lastTwelveMonths).get(Figure.FLAGGED)).isEqualTo(2);
        Instant before = clock.instant();

        provider.run(() -> automatic.markReviewed(checkedOth3, "Tried twice by phone; no number works"));

        Map<String, Object> record = row(checkedOth3);
        assertThat(record).containsEntry("reviewed_by", "Waymark (system)")
                .containsEntry("review_note", "Tried twice by phone; no number works")
                .containsEntry("flag", "NO_RESPONSE").containsEntry("superseded_at", null);
        assertThat(((java.sql.Timestamp) record.get("reviewed_at")).toInstant())
                .isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(audits("DESTINATION_FLAG_REVIEWED", checked)).singleElement()
                .satisfies(audit -> assertThat(audit.get("after").toString()).contains("Tried twice by phone"));
        assertThat(provider.call(dashboard::lastTwelveMonths).get(Figure.FLAGGED)).isEqualTo(1);
        assertThat(count(unreviewed)).isEqualTo(1);
        assertThat(count(reviewed)).isEqualTo(1);
        assertThat(count(flagged)).isEqualTo(2);
        List<UUID> unreviewedLearners = new ArrayList<>();
        provider.run(() -> report.forEach(unreviewed, List.of(), row -> unreviewedLearners.add(row.learnerId())));
        assertThat(unreviewedLearners).containsExactly(waiting);
        assertThat(provider.call(() -> learnerDestinations.records(checked)).getFirst().reviewed().text())
                .isEqualTo("Tried twice by phone; no number works");
    }

    @Test
    void marking_reviewed_needs_a_note_a_flag_and_the_permission() {
        UUID learner = provider.learner("Finn", "finn@mail.example", null, left, "", "");
        UUID oth3 = silentLearnersOth3(learner);
        UUID staffs = data.record(learner, "EMP", 1, left.plusDays(20), today.minusDays(5), "MANUAL", null);

        assertThatThrownBy(() -> provider.run(() -> automatic.markReviewed(oth3, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("note");
                    assertThat(e.getMessage()).isEqualTo("Add a note saying what was checked.");
                });
        assertThatThrownBy(() -> provider.run(() -> automatic.markReviewed(staffs, "fine")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("This record is not flagged for review."));
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW, Permission.REPORTS_VIEW);
        assertThatThrownBy(() -> provider.run(() -> automatic.markReviewed(oth3, "fine")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(row(oth3)).containsEntry("reviewed_at", null);
        assertThat(audits("DESTINATION_FLAG_REVIEWED", learner)).isEmpty();
        assertThat(provider.call(dashboard::lastTwelveMonths).get(Figure.FLAGGED)).isEqualTo(1);
    }
}
