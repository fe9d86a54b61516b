package app.waymark.portal;

import java.time.Instant;
import java.util.UUID;

/** A learner signed in to one provider's portal: when they signed in, and when they last did something there. */
public record SignedInLearner(UUID tenantId, String providerSlug, UUID learnerId, Instant signedInAt,
                              Instant lastActive) {

    SignedInLearner activeAt(Instant now) {
        return new SignedInLearner(tenantId, providerSlug, learnerId, signedInAt, now);
    }
}
