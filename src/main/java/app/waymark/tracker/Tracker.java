package app.waymark.tracker;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One request to change a learner's record. Its requested change and raised-against values are JSON. */
@Entity
@Table(name = "tracker")
class Tracker extends TenantScopedEntity {

    @Id
    private UUID id;
    private long number;
    @Enumerated(EnumType.STRING)
    @Column(name = "tracker_type")
    private TrackerType type;
    @Column(name = "learner_id")
    private UUID learnerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "raised_by_kind")
    private RaisedBy raisedBy;
    @Column(name = "raised_by_id")
    private UUID raisedById;
    @Column(name = "raised_by_name")
    private String raisedByName;
    private String source;
    @Column(name = "evidence_file_name")
    private String evidenceFileName;
    @Column(name = "evidence_content_type")
    private String evidenceContentType;
    private byte[] evidence;
    @Column(name = "assignee_id")
    private UUID assigneeId;
    @Enumerated(EnumType.STRING)
    private TrackerStatus status;
    @Column(name = "requested_change", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String requestedChange;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    private String notes;
    @Column(name = "raised_against", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String raisedAgainst;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by_name")
    private String closedByName;
    @Column(name = "custom_type_id")
    private UUID customTypeId;
    @Column(name = "custom_values", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String customValues;
    @Version
    private long version;

    protected Tracker() {
    }

    Tracker(UUID id, long number, TrackerType type, UUID learnerId, Raiser raiser, String requestedChange,
            String raisedAgainst, LocalDate effectiveDate, String notes, UUID assigneeId, Instant raisedAt,
            LocalDate dueOn) {
        this.id = id;
        this.number = number;
        this.type = type;
        this.learnerId = learnerId;
        this.raisedBy = raiser.kind();
        this.raisedById = raiser.staffId();
        this.raisedByName = raiser.name();
        this.source = raiser.source();
        this.requestedChange = requestedChange;
        this.raisedAgainst = raisedAgainst;
        this.effectiveDate = effectiveDate;
        this.notes = notes;
        this.assigneeId = assigneeId;
        this.status = TrackerStatus.NEW;
        this.raisedAt = raisedAt;
        this.dueOn = dueOn;
        this.updatedAt = raisedAt;
    }

    /** A tracker of a provider's own type: its field values (JSON), no requested change to the learner's record. */
    static Tracker custom(UUID id, long number, UUID customTypeId, String customValues, UUID learnerId, Raiser raiser,
                          String notes, UUID assigneeId, Instant raisedAt, LocalDate dueOn) {
        Tracker tracker = new Tracker(id, number, TrackerType.CUSTOM, learnerId, raiser, null, "{}", null, notes,
                assigneeId, raisedAt, dueOn);
        tracker.customTypeId = customTypeId;
        tracker.customValues = customValues;
        return tracker;
    }

    UUID customTypeId() {
        return customTypeId;
    }

    String customValues() {
        return customValues;
    }

    /** Who raised a tracker and, for a learner-led change raised by staff, how it reached them. */
    record Raiser(RaisedBy kind, UUID staffId, String name, String source) {
    }

    record Evidence(String fileName, String contentType, byte[] content) {
    }

    UUID id() {
        return id;
    }

    long number() {
        return number;
    }

    TrackerType type() {
        return type;
    }

    UUID learnerId() {
        return learnerId;
    }

    RaisedBy raisedBy() {
        return raisedBy;
    }

    UUID raisedById() {
        return raisedById;
    }

    String raisedByName() {
        return raisedByName;
    }

    String source() {
        return source;
    }

    UUID assigneeId() {
        return assigneeId;
    }

    TrackerStatus status() {
        return status;
    }

    String requestedChange() {
        return requestedChange;
    }

    String raisedAgainst() {
        return raisedAgainst;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }

    String notes() {
        return notes;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedByName() {
        return closedByName;
    }

    long version() {
        return version;
    }

    String evidenceFileName() {
        return evidenceFileName;
    }

    Evidence evidence() {
        return evidence == null ? null : new Evidence(evidenceFileName, evidenceContentType, evidence);
    }

    void attach(Evidence file) {
        this.evidenceFileName = file.fileName();
        this.evidenceContentType = file.contentType();
        this.evidence = file.content();
    }

    void assign(UUID assigneeId, Instant when) {
        this.assigneeId = assigneeId;
        this.updatedAt = when;
    }

    /** A changed request voids a pre-authorisation: it goes back to New. */
    void edit(String requestedChange, String raisedAgainst, LocalDate effectiveDate, String notes, Instant when) {
        this.requestedChange = requestedChange;
        this.raisedAgainst = raisedAgainst;
        this.effectiveDate = effectiveDate;
        this.notes = notes;
        this.status = TrackerStatus.NEW;
        this.updatedAt = when;
    }

    /** A custom tracker's field values and notes changed: as {@link #edit}, a pre-authorisation is void. */
    void editCustom(String customValues, String notes, Instant when) {
        this.customValues = customValues;
        this.notes = notes;
        this.status = TrackerStatus.NEW;
        this.updatedAt = when;
    }

    void preAuthorise(Instant when) {
        this.status = TrackerStatus.PRE_AUTHORISED;
        this.updatedAt = when;
    }

    void close(TrackerStatus outcome, String reason, String byName, Instant when) {
        this.status = outcome;
        this.rejectionReason = reason;
        this.closedByName = byName;
        this.closedAt = when;
        this.updatedAt = when;
    }
}
