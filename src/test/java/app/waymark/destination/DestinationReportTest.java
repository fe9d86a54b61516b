package app.waymark.destination;

import app.waymark.base.security.Permission;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportRow;
import app.waymark.destination.DestinationReport.ReportStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DestinationReportTest extends DestinationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    DestinationReport report;

    DispatchTestTenant provider;
    ReportTestData data;
    LocalDate today;
    UUID waiting, answered, noResponse, unsubscribed, notContactable, overdue, recent, onProgramme;

    @BeforeEach
    void aProviderWithOneLearnerInEachState() {
        provider = newProvider();
        data = new ReportTestData(provider, jdbc, transactions);
        today = LocalDate.now(clock.withZone(LONDON));

        waiting = data.learner("Waiting", today.minusDays(10));
        data.invitation(waiting, today.minusDays(10), "SENT", day(today.minusDays(9)), null);

        answered = data.learner("Answered", today.minusDays(100));
        data.invitation(answered, today.minusDays(100), "ANSWERED", day(today.minusDays(99)), day(today.minusDays(70)));
        // Started before it was collected: a future outcome would count only once confirmed (decision 0060).
        data.record(answered, "EMP", 1, today.minusDays(71), null, today.minusDays(70), "SURVEY", null);
        data.record(answered, "EDU", 5, today.minusDays(99), today.minusDays(61), today.minusDays(70), "MANUAL",
                null);
        data.aim(answered, 36, 1);

        noResponse = data.learner("Silent", today.minusDays(100));
        data.invitation(noResponse, today.minusDays(100), "NO_RESPONSE", day(today.minusDays(99)), null);
        data.record(noResponse, "OTH", 3, today.minusDays(99), null, today.minusDays(71), "AUTOMATIC",
                "NO_RESPONSE");

        unsubscribed = data.learner("Gone", today.minusDays(30));
        data.invitation(unsubscribed, today.minusDays(30), "UNSUBSCRIBED", day(today.minusDays(29)), null);
        data.record(unsubscribed, "OTH", 3, today.minusDays(29), null, today.minusDays(20), "AUTOMATIC",
                "UNSUBSCRIBED");

        notContactable = data.learner("Unreachable", today.minusDays(20));
        data.record(notContactable, "OTH", 3, today.minusDays(19), null, today.minusDays(19), "AUTOMATIC",
                "NOT_CONTACTABLE");
        data.aim(notContactable, 35, 4);

        // Overdue (decision 0043): a 2023-24 leaver on a funding model the funder required a destination for.
        overdue = data.learner("Overdue", LocalDate.of(2024, 6, 28));
        data.aim(overdue, 25, 1);
        recent = data.learner("Recent", today.minusMonths(2).plusDays(1));
        onProgramme = data.learner("Continuing", null);
    }

    private static Instant day(LocalDate date) {
        return date.atTime(10, 0).atZone(LONDON).toInstant();
    }

    private List<UUID> learners(ReportFilter filter) {
        List<ReportRow> rows = provider.call(() -> report.find(filter, 0, 50));
        assertThat(provider.call(() -> report.count(filter))).isEqualTo(rows.size());
        return rows.stream().map(ReportRow::learnerId).toList();
    }

    private static ReportFilter status(ReportStatus status) {
        return new ReportFilter(null, null, null, status, null, false);
    }

    @Test
    void without_parameters_every_leaver_is_listed_newest_leaving_date_first_and_nobody_still_on_programme() {
        assertThat(learners(ReportFilter.ALL)).containsExactly(waiting, notContactable, unsubscribed, recent,
                noResponse, answered, overdue).doesNotContain(onProgramme);
    }

    @Test
    void each_status_selects_its_learners() {
        assertThat(learners(status(ReportStatus.SENT))).containsExactly(waiting);
        assertThat(learners(status(ReportStatus.RESPONDED))).containsExactly(answered);
        assertThat(learners(status(ReportStatus.NO_RESPONSE))).containsExactly(noResponse);
        assertThat(learners(status(ReportStatus.UNSUBSCRIBED))).containsExactly(unsubscribed);
        assertThat(learners(status(ReportStatus.NOT_CONTACTABLE))).containsExactly(notContactable);
        // R107/R108: due within two months of leaving; "recent" left two months less a day ago, and in a year with
        // no destination entity, so is not overdue.
        assertThat(learners(status(ReportStatus.OVERDUE))).containsExactly(overdue);
    }

    @Test
    void a_row_shows_the_survey_the_outcomes_as_labels_and_the_flags() {
        ReportRow row = provider.call(() -> report.find(status(ReportStatus.RESPONDED), 0, 50)).getFirst();
        assertThat(row.name()).isEqualTo("Answered Tester");
        assertThat(row.status()).isEqualTo(ReportStatus.RESPONDED);
        assertThat(row.surveySent()).isEqualTo(day(today.minusDays(99)));
        assertThat(row.outcomes()).isEqualTo("EMP-1, EDU-5");
        assertThat(row.flagged()).isFalse();

        ReportRow silent = provider.call(() -> report.find(status(ReportStatus.NO_RESPONSE), 0, 50)).getFirst();
        assertThat(silent.outcomes()).isEqualTo("OTH-3");
        assertThat(silent.flags()).isEqualTo("NO_RESPONSE");
        ReportRow late = provider.call(() -> report.find(status(ReportStatus.OVERDUE), 0, 50)).getFirst();
        assertThat(late.status()).isEqualTo(ReportStatus.OVERDUE);
        assertThat(late.overdue()).isTrue();
        ReportRow unreachable = provider.call(() -> report.find(status(ReportStatus.NOT_CONTACTABLE), 0, 50))
                .getFirst();
        assertThat(unreachable.status()).isEqualTo(ReportStatus.NOT_CONTACTABLE);
    }

    @Test
    void the_date_range_applies_to_the_survey_sent_or_to_the_response() {
        LocalDate from = today.minusDays(100);
        LocalDate to = today.minusDays(90);
        assertThat(learners(new ReportFilter(from, to, DateBasis.SENT, null, null, false)))
                .containsExactlyInAnyOrder(answered, noResponse);
        assertThat(learners(new ReportFilter(from, to, DateBasis.RESPONDED, null, null, false))).isEmpty();
        assertThat(learners(new ReportFilter(today.minusDays(70), today.minusDays(70), DateBasis.RESPONDED, null,
                null, false))).containsExactly(answered);
        // Both ends are whole days, inclusive.
        assertThat(learners(new ReportFilter(today.minusDays(9), today.minusDays(9), DateBasis.SENT, null, null,
                false))).containsExactly(waiting);
        assertThat(learners(new ReportFilter(today.minusDays(8), null, DateBasis.SENT, null, null, false)))
                .isEmpty();
    }

    @Test
    void flagged_only_and_funding_model_narrow_the_report() {
        assertThat(learners(new ReportFilter(null, null, null, null, null, true)))
                .containsExactlyInAnyOrder(noResponse, unsubscribed, notContactable);
        assertThat(learners(new ReportFilter(null, null, null, null, 36, false))).containsExactly(answered);
        assertThat(learners(new ReportFilter(null, null, null, null, 35, true))).containsExactly(notContactable);
        assertThat(learners(new ReportFilter(null, null, null, ReportStatus.RESPONDED, 35, false))).isEmpty();
    }

    @Test
    void records_are_all_of_a_learners_records_whatever_their_source() {
        data.record(noResponse, "EMP", 2, today.minusDays(10), null, today.minusDays(5), "MANUAL", null);
        List<DestinationReport.LearnerRecord> records = provider.call(() -> report.records(noResponse));
        assertThat(records).extracting(r -> r.outcome().label() + " " + r.source())
                .containsExactly("EMP-2 MANUAL", "OTH-3 AUTOMATIC");
    }

    @Test
    void pages_follow_each_other() {
        List<ReportRow> first = provider.call(() -> report.find(ReportFilter.ALL, 0, 3));
        List<ReportRow> second = provider.call(() -> report.find(ReportFilter.ALL, 1, 3));
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        assertThat(first.getLast().leavingDate()).isAfterOrEqualTo(second.getFirst().leavingDate());
        assertThat(first).extracting(ReportRow::learnerId).doesNotContainAnyElementsOf(
                second.stream().map(ReportRow::learnerId).toList());
    }

    @Test
    void another_provider_sees_none_of_these_learners() {
        DispatchTestTenant other = newProvider();
        assertThat(other.call(() -> report.count(ReportFilter.ALL))).isZero();
        assertThat(other.call(() -> report.records(answered))).isEmpty();
    }

    @Test
    void only_users_who_may_view_reports_can_run_it() {
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW, Permission.PRIMARY_TUTOR);
        assertThatThrownBy(() -> provider.call(() -> report.count(ReportFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
