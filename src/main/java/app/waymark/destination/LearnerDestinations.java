package app.waymark.destination;

import app.waymark.base.security.Permission;
import app.waymark.notification.MessageStatuses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One learner's destination records and survey history, for the learner page. */
@Service
@PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
public class LearnerDestinations {

    /**
     * One record as the learner's history shows it. {@code reviewed} is set once staff reviewed its flag;
     * {@code superseded} once staff superseded an automatic OTH-3 (it then no longer counts as a destination);
     * {@code confirmed} (no text) once a future outcome was confirmed as started, by staff or the learner's later
     * answer (decision 0060).
     */
    public record DestinationRecord(UUID id, Outcome outcome, RecordSource source, RecordFlag flag, String flagReason,
                                    String createdBy, StaffNote reviewed, StaffNote superseded, StaffNote confirmed) {

        /** A future outcome nobody has confirmed yet: it does not count as the learner's destination. */
        public boolean awaitingConfirmation() {
            return outcome.future() && confirmed == null && superseded == null;
        }

        /** Awaiting confirmation and its start date has come, so staff may confirm it started. */
        public boolean confirmableOn(LocalDate today) {
            return awaitingConfirmation() && !outcome.startDate().isAfter(today);
        }

        public boolean automatic() {
            return source == RecordSource.AUTOMATIC;
        }

        /** An automatic OTH-3 that still counts. */
        public boolean supersedable() {
            return automatic() && superseded == null;
        }

        /** Flagged, still counting, and nobody has reviewed it yet. */
        public boolean awaitingReview() {
            return flag != null && superseded == null && reviewed == null;
        }
    }

    /** Who did something to a record, when, and what they wrote (a review's note, a supersession's reason). */
    public record StaffNote(String by, Instant at, String text) {
    }

    public record InvitationHistory(UUID id, LocalDate leavingDate, Instant sentAt, String sentBy, boolean byHand,
                                    SurveyStatus status, Instant openedAt, int remindersSent, Instant answeredAt,
                                    Instant expiresAt, List<MessageStatuses.Status> messages) {
    }

    /**
     * Contact details the learner gave in a survey that did not become a change-of-contact-details tracker, and why
     * (decision 0035); {@code email} and {@code mobile} as the learner typed them, blank when they left the box empty.
     */
    public record ContactDetailsNotRaised(Instant submittedAt, String email, String mobile, String reason) {
    }

    private final LearnerHistoryQueries queries;
    private final MessageStatuses messageStatuses;

    LearnerDestinations(LearnerHistoryQueries queries, MessageStatuses messageStatuses) {
        this.queries = queries;
        this.messageStatuses = messageStatuses;
    }

    @Transactional(readOnly = true)
    public List<DestinationRecord> records(UUID learnerId) {
        return queries.records(learnerId);
    }

    @Transactional(readOnly = true)
    public List<InvitationHistory> invitations(UUID learnerId) {
        return queries.invitations(learnerId).stream().map(row -> {
            List<String> purposes = List.of("survey-invitation:" + row.id(), "survey-reminder:" + row.id() + ":1",
                    "survey-reminder:" + row.id() + ":2");
            return new InvitationHistory(row.id(), row.leaving(), row.sent(), row.by(), row.byHand(), row.status(),
                    row.opened(), row.reminders(), row.answered(), row.expires(),
                    messageStatuses.forPurposes(purposes));
        }).toList();
    }

    /** Newest first. Those that did become trackers are on the learner's Trackers tab. */
    @Transactional(readOnly = true)
    public List<ContactDetailsNotRaised> contactDetailsNotRaised(UUID learnerId) {
        return queries.contactDetailsNotRaised(learnerId);
    }
}
