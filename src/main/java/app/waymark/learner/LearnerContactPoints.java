package app.waymark.learner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a learner can be told something about their own requests: their given names, email and UK mobile as the
 * provider holds them now. For service messages the learner asked for, in the current provider.
 */
@Service
public class LearnerContactPoints {

    public record ContactPoints(UUID learnerId, String givenNames, String email, String mobileE164) {
    }

    private final LearnerRepository learners;

    LearnerContactPoints(LearnerRepository learners) {
        this.learners = learners;
    }

    @Transactional(readOnly = true)
    public Optional<ContactPoints> of(UUID learnerId) {
        return learners.findById(learnerId).map(learner -> new ContactPoints(learner.id(), learner.givenNames(),
                learner.email(), learner.mobileE164()));
    }
}
