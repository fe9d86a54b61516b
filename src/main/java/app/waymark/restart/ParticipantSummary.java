package app.waymark.restart;

import java.time.LocalDate;
import java.util.UUID;

/** A participant as the list shows them. */
public record ParticipantSummary(UUID id, String reference, String fullName, String nationalInsuranceNumber,
                                 Benefit benefit, LocalDate referralDate, UUID workCoachId, String workCoachName,
                                 boolean activityMandatory, SanctionStatus sanctionStatus) {
}
