package app.waymark.restart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity on an action plan. {@code manMissing}: mandatory, yet no Mandatory Activity Notification issued.
 */
public record ActivityView(UUID id, UUID participantId, String title, String description, LocalDate dueOn,
                           UUID ownerId, String ownerName, boolean mandatory, LocalDate manIssuedOn,
                           ActivityStatus status, String notCompleteReason, Instant notCompleteAt, long version) {

    public boolean manMissing() {
        return mandatory && manIssuedOn == null;
    }
}
