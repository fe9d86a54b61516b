package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Contact details a learner corrected at the end of the destination survey: pending until staff apply them to the
 * learner's record (through the learner module, validated and audited there) or dismiss them.
 */
@Service
@PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
public class SurveyContactUpdates {

    /** What the learner gave, next to what the record holds now. */
    public record ContactUpdate(UUID invitationId, UUID learnerId, String learnRefNumber, String name,
                                String currentEmail, String currentMobile, String givenEmail, String givenMobile,
                                Instant submittedAt) {

        public boolean emailChanged() {
            return differs(givenEmail, currentEmail);
        }

        public boolean mobileChanged() {
            return differs(givenMobile, currentMobile);
        }

        private static boolean differs(String given, String current) {
            return given != null && !given.isBlank() && !given.trim().equalsIgnoreCase(current == null ? ""
                    : current.trim());
        }
    }

    /** Changed, submitted and not yet applied or dismissed (the partial index of the same condition finds them). */
    private static final String IS_PENDING =
            " r.contact_changed and r.submitted_at is not null and r.contact_review is null";

    private static final String PENDING = """
            select r.invitation_id, i.learner_id, l.learn_ref_number,
                   trim(coalesce(l.given_names, '') || ' ' || coalesce(l.family_name, '')) as name,
                   l.email, l.mobile_e164, r.confirmed_email, r.confirmed_mobile, r.submitted_at
            from survey_response r
            join survey_invitation i on i.id = r.invitation_id
            join learner l on l.id = i.learner_id
            where""" + IS_PENDING;

    private static final RowMapper<ContactUpdate> ROW = (rs, row) -> new ContactUpdate(
            rs.getObject("invitation_id", UUID.class), rs.getObject("learner_id", UUID.class),
            rs.getString("learn_ref_number"), rs.getString("name"), rs.getString("email"),
            rs.getString("mobile_e164"), rs.getString("confirmed_email"), rs.getString("confirmed_mobile"),
            rs.getTimestamp("submitted_at").toInstant());

    private final JdbcTemplate jdbc;
    private final LearnerService learners;
    private final AuditService audit;
    private final Clock clock;

    SurveyContactUpdates(JdbcTemplate jdbc, LearnerService learners, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.learners = learners;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every pending update of the provider, oldest first (the longest waiting at the top). */
    @Transactional(readOnly = true)
    public List<ContactUpdate> pending() {
        return jdbc.query(PENDING + " order by r.submitted_at, r.invitation_id", ROW);
    }

    @Transactional(readOnly = true)
    public int pendingCount() {
        Integer count = jdbc.queryForObject("select count(*) from survey_response r where" + IS_PENDING,
                Integer.class);
        return count == null ? 0 : count;
    }

    /** The learner's newest pending update, if any. */
    @Transactional(readOnly = true)
    public Optional<ContactUpdate> pendingFor(UUID learnerId) {
        return jdbc.query(PENDING + " and i.learner_id = ? order by r.submitted_at desc limit 1", ROW, learnerId)
                .stream().findFirst();
    }

    /**
     * Writes the email and mobile the learner gave into their record (a blank answer keeps what is there); the
     * mobile becomes the learner's telephone number, as the ILR has one TelNo.
     */
    @PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
    @Transactional
    public void apply(UUID invitationId) {
        ContactUpdate update = pendingUpdate(invitationId);
        LearnerDetails details = learners.details(update.learnerId()).orElseThrow(() ->
                new InvalidInputException("learner", "The learner of this survey no longer exists"));
        LearnerDetails.Contact now = details.contact();
        LearnerDetails.Contact corrected = new LearnerDetails.Contact(now.addLine1(), now.addLine2(), now.addLine3(),
                now.addLine4(), now.postcode(), update.mobileChanged() ? update.givenMobile() : now.telNo(),
                null, update.emailChanged() ? update.givenEmail() : now.email());
        learners.correctContact(update.learnerId(), corrected);
        review(update, "APPLIED", AuditActions.SURVEY_CONTACT_UPDATE_APPLIED);
    }

    /** Leaves the learner's record as it is and takes the update off the list. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
    @Transactional
    public void dismiss(UUID invitationId) {
        review(pendingUpdate(invitationId), "DISMISSED", AuditActions.SURVEY_CONTACT_UPDATE_DISMISSED);
    }

    private ContactUpdate pendingUpdate(UUID invitationId) {
        return jdbc.query(PENDING + " and r.invitation_id = ? for update of r", ROW, invitationId).stream()
                .findFirst().orElseThrow(() -> new InvalidInputException("invitation",
                        "This contact update has already been dealt with, or does not exist"));
    }

    private void review(ContactUpdate update, String outcome, String action) {
        jdbc.update("""
                update survey_response set contact_review = ?, contact_reviewed_at = ?, contact_reviewed_by = ?
                where invitation_id = ?""", outcome, Timestamp.from(clock.instant()),
                CurrentActor.displayNameOr("unknown"), update.invitationId());
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("email", update.givenEmail());
        given.put("mobile", update.givenMobile());
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("email", update.currentEmail());
        current.put("mobile", update.currentMobile());
        audit.record(AuditEntry.of(action, "Learner", update.learnerId()).before(current).after(given));
    }
}
