package app.waymark.restart;

import app.waymark.IntegrationTest;
import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sanction statuses: supervisors only, with a reason, every change kept; "Make activity mandatory" likewise. */
class SanctionStatusTest extends IntegrationTest {

    @Autowired
    Participants participants;

    @Test
    void a_supervisor_changes_the_sanction_status_with_a_reason_and_every_change_is_kept() {
        signIn(MonitoringRuleTest.COACH);
        UUID participant = participants.create(RestartFixture.participant("Sandra", null));
        assertThat(participants.find(participant).orElseThrow().sanctionStatus())
                .isEqualTo(SanctionStatus.NOT_UNDER_SANCTION);

        signIn(MonitoringRuleTest.SUPERVISOR);
        participants.setSanctionStatus(participant, SanctionStatus.PENDING_FAILURE_TO_ATTEND,
                "Compliance doubt raised", null);
        participants.setSanctionStatus(participant, SanctionStatus.NOT_UNDER_SANCTION, "DWP found good reason", null);

        assertThat(participants.find(participant).orElseThrow().sanctionStatus())
                .isEqualTo(SanctionStatus.NOT_UNDER_SANCTION);
        assertThat(participants.sanctionHistory(participant)).satisfiesExactly(
                latest -> {
                    assertThat(latest.from()).isEqualTo(SanctionStatus.PENDING_FAILURE_TO_ATTEND);
                    assertThat(latest.to()).isEqualTo(SanctionStatus.NOT_UNDER_SANCTION);
                    assertThat(latest.reason()).isEqualTo("DWP found good reason");
                    assertThat(latest.by()).isNotBlank();
                },
                first -> assertThat(first.to()).isEqualTo(SanctionStatus.PENDING_FAILURE_TO_ATTEND));
    }

    @Test
    void only_supervisors_set_sanctions_or_the_mandate_and_a_reason_is_required() {
        signIn(MonitoringRuleTest.COACH);
        UUID participant = participants.create(RestartFixture.participant("Norris", null));
        assertThatThrownBy(() -> participants.setSanctionStatus(participant,
                SanctionStatus.PENDING_FAILURE_TO_COMPLY, "because", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.setActivityMandatory(participant, true))
                .isInstanceOf(AccessDeniedException.class);

        signIn(MonitoringRuleTest.SUPERVISOR);
        assertThatThrownBy(() -> participants.setSanctionStatus(participant,
                SanctionStatus.PENDING_FAILURE_TO_COMPLY, "  ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> participants.setSanctionStatus(participant,
                SanctionStatus.PENDING_FAILURE_TO_COMPLY, "follows", UUID.randomUUID()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("monitoringTracker"));
        assertThat(participants.sanctionHistory(participant)).isEmpty();
    }

    @Test
    void a_participant_needs_a_valid_national_insurance_number_and_a_way_to_be_contacted() {
        signIn(MonitoringRuleTest.COACH);
        ParticipantDetails good = RestartFixture.participant("Nina", null);
        assertThatThrownBy(() -> participants.create(new ParticipantDetails(good.givenNames(), good.familyName(),
                good.dateOfBirth(), "QQ123456C", good.benefit(), good.referralDate(), good.email(), null, null, null,
                null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("nationalInsuranceNumber"));
        assertThatThrownBy(() -> participants.create(new ParticipantDetails(good.givenNames(), good.familyName(),
                good.dateOfBirth(), good.nationalInsuranceNumber(), good.benefit(), good.referralDate(), null, null,
                null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        UUID created = participants.create(new ParticipantDetails(good.givenNames(), good.familyName(),
                good.dateOfBirth(), good.nationalInsuranceNumber().toLowerCase(), good.benefit(), good.referralDate(),
                null, "07700 900123", null, null, null, null, null));
        assertThat(participants.find(created).orElseThrow().details().mobileE164()).isEqualTo("+447700900123");
        assertThatThrownBy(() -> participants.create(good))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .contains("already here"));
    }
}
