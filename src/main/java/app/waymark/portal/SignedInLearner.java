package app.waymark.portal;

import java.time.Instant;
import java.util.UUID;

/** A learner signed in to one provider's portal, and when they last did something there. */
public record SignedInLearner(UUID tenantId, String providerSlug, UUID learnerId, Instant lastActive) {

    SignedInLearner activeAt(Instant now) {
        return new SignedInLearner(tenantId, providerSlug, learnerId, now);
    }
}
