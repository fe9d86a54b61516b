package app.waymark.restart;

import java.util.UUID;

/** A participant's page: personal details, who coaches them, the mandate flag and sanction status. */
public record ParticipantView(UUID id, String reference, ParticipantDetails details, String workCoachName,
                              boolean activityMandatory, SanctionStatus sanctionStatus, long version) {

    public String fullName() {
        return details.givenNames() + " " + details.familyName();
    }
}
