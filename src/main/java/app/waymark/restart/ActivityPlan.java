package app.waymark.restart;

import java.time.LocalDate;
import java.util.UUID;

/** What staff plan for an activity; {@code ownerId null} means the participant's work coach owns it. */
public record ActivityPlan(String title, String description, LocalDate dueOn, UUID ownerId, boolean mandatory) {
}
