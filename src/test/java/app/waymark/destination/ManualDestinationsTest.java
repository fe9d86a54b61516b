package app.waymark.destination;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Destination records entered by staff on a fresh provider: the ILR rules, MANUAL-only changes, audit, permission. */
class ManualDestinationsTest extends DestinationTest {

    @Autowired
    ManualDestinations manual;
    @Autowired
    AutomaticRecords automatic;

    DispatchTestTenant provider;
    DestinationTestData data;
    LocalDate today;
    LocalDate left;
    UUID learner;

    @BeforeEach
    void freshProvider() {
        provider = newProvider();
        data = new DestinationTestData(provider, jdbc, transactions);
        today = ukToday();
        left = today.minusDays(40);
        learner = provider.learner("Ann", "ann@mail.example", null, left, "", "");
    }

    private ManualDestinations.Entry entry(OutcomeType type, int code, LocalDate start) {
        return new ManualDestinations.Entry(type, code, start, null, today);
    }

    private Map<String, Object> row(UUID id) {
        return provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where id = ?", id)));
    }

    private int audited(String action) {
        return provider.count("select count(*) from audit_event where action = ? and subject_id = ?", action,
                learner.toString());
    }

    @Test
    void a_valid_record_is_added_as_manual_and_audited() {
        UUID id = provider.call(() -> manual.add(learner, entry(OutcomeType.EMP, 1, left.plusDays(1))));

        assertThat(row(id)).containsEntry("out_type", "EMP").containsEntry("out_code", 1)
                .containsEntry("source", "MANUAL").containsEntry("flag", null);
        assertThat(row(id).get("collection_date").toString()).isEqualTo(today.toString());
        assertThat(audited("DESTINATION_RECORD_ADDED")).isEqualTo(1);
    }

    @Test
    void npe_on_the_same_start_date_as_an_existing_emp_is_refused_whatever_its_source() {
        data.record(learner, "EMP", 1, left.plusDays(1), today, "SURVEY", null);

        assertThatThrownBy(() -> provider.call(() -> manual.add(learner, entry(OutcomeType.NPE, 1, left.plusDays(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("outcome");
                    assertThat(e.getMessage()).contains("cannot both start");
                });
        assertThat(provider.count("select count(*) from destination_record where learner_id = ?", learner))
                .isEqualTo(1);
        assertThat(audited("DESTINATION_RECORD_ADDED")).isZero();
    }

    @Test
    void unknown_codes_missing_and_impossible_dates_are_refused_on_their_field() {
        assertThatThrownBy(() -> provider.call(() -> manual.add(learner, entry(OutcomeType.OTH, 2, left))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("outcome"));
        assertThatThrownBy(() -> provider.call(() -> manual.add(learner, entry(OutcomeType.EMP, 3, left))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("EMP-3");
        assertThatThrownBy(() -> provider.call(() -> manual.add(learner,
                new ManualDestinations.Entry(OutcomeType.EMP, 1, left, left.minusDays(1), today))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("endDate"));
        assertThatThrownBy(() -> provider.call(() -> manual.add(learner,
                new ManualDestinations.Entry(OutcomeType.EMP, 1, left, null, today.plusDays(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("collectionDate"));
        assertThatThrownBy(() -> provider.call(() -> manual.add(learner,
                new ManualDestinations.Entry(OutcomeType.EMP, 1, null, null, today))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThatThrownBy(() -> provider.call(() -> manual.add(learner, entry(OutcomeType.SDE, 1, left))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("high-needs");
        assertThat(provider.count("select count(*) from destination_record")).isZero();
    }

    @Test
    void a_manual_record_is_edited_and_deleted_with_before_and_after_in_the_audit_trail() {
        UUID id = provider.call(() -> manual.add(learner, entry(OutcomeType.NPE, 1, left.plusDays(1))));

        provider.run(() -> manual.edit(id, new ManualDestinations.Entry(OutcomeType.EMP, 2, left.plusDays(1),
                today.minusDays(1), today)));

        assertThat(row(id)).containsEntry("out_type", "EMP").containsEntry("out_code", 2)
                .containsEntry("updated_by", "Waymark (system)");
        assertThat(row(id).get("end_date").toString()).isEqualTo(today.minusDays(1).toString());
        assertThat(provider.query("""
                select details_before ->> 'outcome' || ' > ' || (details_after ->> 'outcome') from audit_event
                where action = 'DESTINATION_RECORD_CHANGED'""", String.class)).containsExactly("NPE-1 > EMP-2");

        provider.run(() -> manual.delete(id));

        assertThat(provider.count("select count(*) from destination_record where id = ?", id)).isZero();
        assertThat(audited("DESTINATION_RECORD_DELETED")).isEqualTo(1);
    }

    @Test
    void editing_one_record_does_not_count_it_twice() {
        UUID id = provider.call(() -> manual.add(learner, entry(OutcomeType.EMP, 1, left.plusDays(1))));

        provider.run(() -> manual.edit(id, entry(OutcomeType.EMP, 4, left.plusDays(1))));

        assertThat(row(id)).containsEntry("out_code", 4);
    }

    @Test
    void survey_and_automatic_records_cannot_be_edited_or_deleted() {
        UUID fromSurvey = data.record(learner, "EMP", 1, left.plusDays(1), today, "SURVEY", null);
        UUID automatic = data.record(learner, "OTH", 3, left.plusDays(2), today, "AUTOMATIC", "NOT_CONTACTABLE");

        assertThatThrownBy(() -> provider.run(() -> manual.edit(fromSurvey, entry(OutcomeType.EMP, 2, left.plusDays(1)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("survey");
        assertThatThrownBy(() -> provider.run(() -> manual.delete(automatic)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("entered by staff");
        assertThat(provider.count("select count(*) from destination_record")).isEqualTo(2);
    }

    @Test
    void a_user_without_learner_edit_is_refused() {
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW, Permission.REPORTS_VIEW,
                Permission.DESTINATION_SURVEY_SEND);

        assertThatThrownBy(() -> provider.call(() -> manual.add(learner, entry(OutcomeType.EMP, 1, left.plusDays(1)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rule_2_a_superseded_OTH_3_no_longer_blocks_the_outcome_staff_found_out_on_its_start_date() {
        UUID oth3 = data.record(learner, "OTH", 3, left.plusDays(1), today, "AUTOMATIC", "NO_RESPONSE");
        assertThatThrownBy(() -> provider.call(() -> manual.add(learner, entry(OutcomeType.OTH, 4, left.plusDays(1)))))
                .isInstanceOf(InvalidInputException.class);

        provider.run(() -> automatic.supersede(oth3, "Reached by phone: did not want to say"));
        UUID id = provider.call(() -> manual.add(learner, entry(OutcomeType.OTH, 4, left.plusDays(1))));

        assertThat(row(id)).containsEntry("out_type", "OTH").containsEntry("out_code", 4);
    }
}
