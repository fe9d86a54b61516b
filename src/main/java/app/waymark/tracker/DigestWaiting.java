package app.waymark.tracker;

import java.time.Instant;
import java.util.UUID;

/** A member of staff with digest items waiting, and the time of their oldest. */
record DigestWaiting(UUID staffId, Instant oldest) {
}
