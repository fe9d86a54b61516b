package app.waymark.learner;

import java.util.UUID;

/** What other features need to know about a learner to decide who may change what and whom to tell. */
public record LearnerFacts(UUID id, String learnRefNumber, String fullName, ProgrammeStatus programmeStatus,
                           boolean qaVerified, UUID primaryTutorId) {
}
