package app.waymark.restart;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** DWP Restart participants: added and changed by work coaches; mandate and sanction status set by supervisors. */
@Service
public class Participants {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final ParticipantRepository participants;
    private final SanctionChangeRepository sanctions;
    private final MonitoringTrackerRepository trackers;
    private final ParticipantQueries queries;
    private final ParticipantLock lock;
    private final MonitoringRule rule;
    private final MonitoringRaising raising;
    private final RestartNumbers numbers;
    private final ReferralImporter importer;
    private final StaffMembers staff;
    private final AuditService audit;
    private final Clock clock;

    Participants(ParticipantRepository participants, SanctionChangeRepository sanctions,
                 MonitoringTrackerRepository trackers, ParticipantQueries queries, ParticipantLock lock,
                 MonitoringRule rule, MonitoringRaising raising, RestartNumbers numbers, ReferralImporter importer, StaffMembers staff,
                 AuditService audit, Clock clock) {
        this.participants = participants;
        this.sanctions = sanctions;
        this.trackers = trackers;
        this.queries = queries;
        this.lock = lock;
        this.rule = rule;
        this.raising = raising;
        this.numbers = numbers;
        this.importer = importer;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a participant; with no work coach given, a work coach adding one becomes theirs. */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public UUID create(ParticipantDetails details) {
        ParticipantDetails checked = withCoach(ParticipantChecks.checked(details, today()));
        if (participants.existsByNationalInsuranceNumber(checked.nationalInsuranceNumber())) {
            throw new InvalidInputException("nationalInsuranceNumber", "A participant with National Insurance number "
                    + checked.nationalInsuranceNumber() + " is already here");
        }
        Participant participant = new Participant(TimeOrderedIds.next(),
                numbers.next(RestartNumbers.Kind.PARTICIPANT), checked, clock.instant());
        participants.save(participant);
        audit.record(AuditEntry.of(AuditActions.RESTART_PARTICIPANT_SAVED, "restart-participant", participant.id())
                .after(Map.of("reference", "P-" + participant.number(), "source", "added by hand")));
        return participant.id();
    }

    /**
     * Adds the participants of a DWP referral file (CSV, {@link ReferralCsv}): all of them, or, when any line has a
     * problem, none, with every problem's line and column.
     */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public ReferralImport importReferrals(String fileName, java.io.InputStream csv) {
        ReferralImporter.Checked checked = importer.check(ReferralCsv.read(csv, today()), today());
        if (!checked.problems().isEmpty()) {
            return new ReferralImport(0, checked.problems());
        }
        for (ParticipantDetails details : checked.details()) {
            participants.save(new Participant(TimeOrderedIds.next(), numbers.next(RestartNumbers.Kind.PARTICIPANT),
                    details, clock.instant()));
        }
        audit.record(AuditEntry.of(AuditActions.RESTART_PARTICIPANT_SAVED, "restart-referral-file", fileName)
                .after(Map.of("source", "DWP referral file", "added", checked.details().size())));
        return new ReferralImport(checked.details().size(), List.of());
    }

    /** Changes a participant's details; {@code version} is the one the person saw. */
    @PreAuthorize(RestartAccess.MANAGE)
    @Transactional
    public void update(UUID participantId, long version, ParticipantDetails details) {
        Participant participant = existing(participantId);
        if (participant.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Participant.class, participantId);
        }
        ParticipantDetails checked = ParticipantChecks.checked(details, today());
        requireCoach(checked.workCoachId());
        if (!checked.nationalInsuranceNumber().equals(participant.details().nationalInsuranceNumber())
                && participants.existsByNationalInsuranceNumber(checked.nationalInsuranceNumber())) {
            throw new InvalidInputException("nationalInsuranceNumber", "A participant with National Insurance number "
                    + checked.nationalInsuranceNumber() + " is already here");
        }
        participant.change(checked);
        audit.record(AuditEntry.of(AuditActions.RESTART_PARTICIPANT_SAVED, "restart-participant", participantId)
                .after(Map.of("reference", "P-" + participant.number(), "source", "changed by hand")));
    }

    /**
     * Sets or clears "Make activity mandatory". Setting it raises the monitoring trackers its mandatory activities
     * marked Not complete now call for, in this transaction.
     */
    @PreAuthorize(RestartAccess.SUPERVISE)
    @Transactional
    public void setActivityMandatory(UUID participantId, boolean mandatory) {
        if (!lock.lock(participantId)) {
            throw new InvalidInputException("participant", "No participant with id " + participantId);
        }
        Participant participant = existing(participantId);
        boolean before = participant.activityMandatory();
        participant.activityMandatory(mandatory);
        audit.record(AuditEntry.of(AuditActions.RESTART_MANDATE_CHANGED, "restart-participant", participantId)
                .before(Map.of("activityMandatory", before)).after(Map.of("activityMandatory", mandatory)));
        raising.announce(rule.raiseDue(participantId));
    }

    /**
     * A supervisor's change of sanction status, with why; {@code monitoringTrackerId} (optional) names the monitoring
     * tracker it follows from, which must be this participant's. Every change is kept.
     */
    @PreAuthorize(RestartAccess.SUPERVISE)
    @Transactional
    public void setSanctionStatus(UUID participantId, SanctionStatus status, String reason, UUID monitoringTrackerId) {
        if (status == null) {
            throw new InvalidInputException("sanctionStatus", "Choose the sanction status");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the sanction status changes");
        }
        if (!lock.lock(participantId)) {
            throw new InvalidInputException("participant", "No participant with id " + participantId);
        }
        Participant participant = existing(participantId);
        if (status == participant.sanctionStatus()) {
            throw new InvalidInputException("sanctionStatus", "The sanction status is already " + status.label());
        }
        if (monitoringTrackerId != null && trackers.findById(monitoringTrackerId)
                .filter(tracker -> tracker.participantId().equals(participantId)).isEmpty()) {
            throw new InvalidInputException("monitoringTracker", "That monitoring tracker is not this participant's");
        }
        Actor actor = CurrentActor.require();
        SanctionStatus before = participant.sanctionStatus();
        sanctions.save(new SanctionChange(TimeOrderedIds.next(), participantId, clock.instant(), actor.id(),
                actor.displayName(), before, status, reason.strip(), monitoringTrackerId));
        participant.sanctionStatus(status);
        audit.record(AuditEntry.of(AuditActions.RESTART_SANCTION_CHANGED, "restart-participant", participantId)
                .before(Map.of("sanctionStatus", before.name()))
                .after(Map.of("sanctionStatus", status.name(), "reason", reason.strip())));
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public Optional<ParticipantView> find(UUID participantId) {
        return participants.findById(participantId).map(participant -> new ParticipantView(participant.id(),
                "P-" + participant.number(), participant.details(), coachName(participant.workCoachId()),
                participant.activityMandatory(), participant.sanctionStatus(), participant.version()));
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public List<ParticipantSummary> list(ParticipantFilter filter, int offset, int limit) {
        List<ParticipantSummary> page = queries.page(filter, CurrentActor.require().id(), offset, limit);
        Map<UUID, String> names = staff.names(page.stream().map(ParticipantSummary::workCoachId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return page.stream().map(each -> new ParticipantSummary(each.id(), each.reference(), each.fullName(),
                each.nationalInsuranceNumber(), each.benefit(), each.referralDate(), each.workCoachId(),
                names.get(each.workCoachId()), each.activityMandatory(), each.sanctionStatus())).toList();
    }

    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public long count(ParticipantFilter filter) {
        return queries.count(filter, CurrentActor.require().id());
    }

    /** Newest first. */
    @PreAuthorize(RestartAccess.VIEW)
    @Transactional(readOnly = true)
    public List<SanctionHistoryLine> sanctionHistory(UUID participantId) {
        List<SanctionChange> changes = sanctions.findByParticipantIdOrderByChangedAtDesc(participantId);
        Set<UUID> trackerIds = changes.stream().map(SanctionChange::monitoringTrackerId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> references = trackers.findAllById(trackerIds).stream()
                .collect(Collectors.toMap(MonitoringTracker::id, MonitoringTracker::reference));
        return changes.stream().map(change -> change.line(references.get(change.monitoringTrackerId()))).toList();
    }

    /** Members of staff who may be a participant's work coach. */
    @PreAuthorize(RestartAccess.VIEW)
    public List<StaffMember> workCoaches() {
        return staff.holding(Permission.MONITORING_WORK);
    }

    /** Members of staff who may be given a participant's monitoring trackers. */
    @PreAuthorize(RestartAccess.VIEW)
    public List<StaffMember> trackerAssignees() {
        Map<UUID, StaffMember> people = new LinkedHashMap<>();
        for (String permission : List.of(Permission.MONITORING_WORK, Permission.TRACKER_EDIT,
                Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS)) {
            staff.holding(permission).forEach(member -> people.putIfAbsent(member.id(), member));
        }
        return people.values().stream()
                .sorted(java.util.Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private ParticipantDetails withCoach(ParticipantDetails details) {
        UUID coach = details.workCoachId();
        if (coach == null && CurrentActor.has(Permission.MONITORING_WORK)) {
            coach = CurrentActor.require().id();
        }
        requireCoach(coach);
        return new ParticipantDetails(details.givenNames(), details.familyName(), details.dateOfBirth(),
                details.nationalInsuranceNumber(), details.benefit(), details.referralDate(), details.email(),
                details.mobileE164(), details.addressLine1(), details.postcode(), coach, details.startDate(),
                details.endDate());
    }

    private void requireCoach(UUID coach) {
        if (coach != null && workCoachIds().stream().noneMatch(coach::equals)) {
            throw new InvalidInputException("workCoach", "The work coach must be a member of staff with a work coach role");
        }
    }

    private List<UUID> workCoachIds() {
        return staff.holding(Permission.MONITORING_WORK).stream().map(StaffMember::id).toList();
    }

    private String coachName(UUID coachId) {
        return coachId == null ? null : staff.find(coachId).map(StaffMember::displayName).orElse(null);
    }

    private Participant existing(UUID participantId) {
        return participants.findById(participantId)
                .orElseThrow(() -> new InvalidInputException("participant", "No participant with id " + participantId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
