package app.waymark.learner;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import app.waymark.tenant.CurrentTenant;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Learner records of the signed-in provider: search, the learner page, corrections of contact details, the learner's
 * primary tutor and work coach.
 */
@Service
public class LearnerService {

    private final LearnerRepository learners;
    private final LearningDeliveryRepository deliveries;
    private final EmploymentStatusRepository employment;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final StaffMembers staff;
    private final Clock clock;

    LearnerService(LearnerRepository learners, LearningDeliveryRepository deliveries,
                   EmploymentStatusRepository employment, JdbcTemplate jdbc, AuditService audit, StaffMembers staff,
                   Clock clock) {
        this.learners = learners;
        this.deliveries = deliveries;
        this.employment = employment;
        this.jdbc = jdbc;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<LearnerSummary> find(LearnerFilter filter, int page, int pageSize, Sort sort) {
        Sort order = sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("familyName", "givenNames", "id");
        return learners.findAll(matching(filter), PageRequest.of(page, pageSize, order)).stream()
                .map(Learner::summary).toList();
    }

    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public long count(LearnerFilter filter) {
        return learners.count(matching(filter));
    }

    /** These learners' summaries, by id (ids not found are left out): one query for a page of another list. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public Map<UUID, LearnerSummary> summaries(java.util.Collection<UUID> ids) {
        return learners.findAllById(ids).stream().map(Learner::summary)
                .collect(java.util.stream.Collectors.toMap(LearnerSummary::id, summary -> summary));
    }

    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public Optional<LearnerDetails> details(UUID learnerId) {
        List<LearningDelivery> aims = deliveries.findByLearnerIdOrderByAimSeqNumber(learnerId);
        return learners.findById(learnerId).map(learner -> learner.details(
                new LearnerDetails.Programme(aims.stream().map(LearningDelivery::toAim).toList(),
                        employment.findByLearnerIdOrderByDateEmpStatApp(learnerId).stream()
                                .map(EmploymentStatus::toEmployment).toList()),
                new LearnerDetails.Preferences(learner.contactPreferencesYear(),
                        jdbc.queryForList("""
                                select pref_type || ' ' || pref_code from learner_contact_preference
                                where learner_id = ? order by pref_type, pref_code""", String.class, learnerId),
                        jdbc.queryForList("""
                                select channel || ' (' || purpose || '): ' || reason from learner_suppression
                                where learner_id = ? order by suppressed_at""", String.class, learnerId)),
                LeaverCategory.of(aims.stream().map(aim -> aim.toState().asRecord()).toList()).orElse(null)));
    }

    @PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
    @Transactional
    public LearnerDetails.Contact correctContact(UUID learnerId, LearnerDetails.Contact requested) {
        Learner learner = learners.findById(learnerId)
                .orElseThrow(() -> new InvalidInputException("learner", "No learner with id " + learnerId));
        LearnerDetails.Contact contact = validated(requested);
        Map<String, Object> before = learner.contactAsMap();
        learner.correctContact(contact, clock.instant());
        audit.record(AuditEntry.of(AuditActions.LEARNER_CONTACT_CORRECTED, "learner", learnerId)
                .before(before).after(learner.contactAsMap()));
        return learner.contact();
    }

    /**
     * Assigns the learner's primary tutor (a member of staff with the tutor permission) and work coach (with the
     * monitoring permission of DWP Restart work coaches); null leaves that one unassigned. Audited by name.
     */
    @PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
    @Transactional
    public LearnerDetails.Staff assignStaff(UUID learnerId, LearnerDetails.Staff requested) {
        Learner learner = learners.findById(learnerId)
                .orElseThrow(() -> new InvalidInputException("learner", "No learner with id " + learnerId));
        requireHolding("primaryTutor", requested.primaryTutorId(), Permission.PRIMARY_TUTOR,
                "The primary tutor must be a member of staff with a tutor role");
        requireHolding("workCoach", requested.workCoachId(), Permission.MONITORING_WORK,
                "The work coach must be a member of staff with a work coach role");
        Map<String, Object> before = staffNames(learner.staff());
        learner.assignStaff(requested, clock.instant());
        audit.record(AuditEntry.of(AuditActions.LEARNER_STAFF_ASSIGNED, "learner", learnerId)
                .before(before).after(staffNames(requested)));
        return learner.staff();
    }

    private void requireHolding(String field, UUID staffId, String permission, String message) {
        if (staffId != null && staff.holding(permission).stream().noneMatch(member -> member.id().equals(staffId))) {
            throw new InvalidInputException(field, message);
        }
    }

    private Map<String, Object> staffNames(LearnerDetails.Staff assigned) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("primaryTutor", name(assigned.primaryTutorId()));
        names.put("workCoach", name(assigned.workCoachId()));
        return names;
    }

    private String name(UUID staffId) {
        return staffId == null ? "none" : staff.find(staffId).map(StaffMember::displayName).orElse(staffId.toString());
    }

    /**
     * Stops Waymark contacting the learner on a channel for a purpose (e.g. after they unsubscribe from surveys),
     * whatever the ILR says. Kept across imports.
     */
    @PreAuthorize("hasRole('" + Permission.LEARNER_EDIT + "')")
    @Transactional
    public void suppress(UUID learnerId, SuppressionChannel channel, String purpose, String reason) {
        learners.findById(learnerId)
                .orElseThrow(() -> new InvalidInputException("learner", "No learner with id " + learnerId));
        jdbc.update("""
                insert into learner_suppression (tenant_id, learner_id, channel, purpose, suppressed_at, reason)
                values (?, ?, ?, ?, ?, ?)
                on conflict (learner_id, channel, purpose) do nothing""",
                CurrentTenant.idOrNone(), learnerId, channel.name(), purpose,
                java.sql.Timestamp.from(clock.instant()), reason);
        audit.record(AuditEntry.of(AuditActions.LEARNER_SUPPRESSED, "learner", learnerId)
                .after(Map.of("channel", channel.name(), "purpose", purpose, "reason", reason)));
    }

    /**
     * The learner's own request to stop being contacted (e.g. the unsubscribe link of a survey). No staff permission:
     * the caller has checked the link the learner followed. Audited as the learner.
     */
    @Transactional
    public void suppressAtLearnersRequest(UUID learnerId, String purpose, String reason) {
        jdbc.update("""
                insert into learner_suppression (tenant_id, learner_id, channel, purpose, suppressed_at, reason)
                values (?, ?, 'ALL', ?, ?, ?)
                on conflict (learner_id, channel, purpose) do nothing""",
                CurrentTenant.idOrNone(), learnerId, purpose, java.sql.Timestamp.from(clock.instant()), reason);
        audit.recordAs(null, "Learner (by their own link)", AuditEntry.of(AuditActions.LEARNER_SUPPRESSED,
                "learner", learnerId).after(Map.of("channel", "ALL", "purpose", purpose, "reason", reason)));
    }

    private static LearnerDetails.Contact validated(LearnerDetails.Contact contact) {
        return new LearnerDetails.Contact(blankToNull(contact.addLine1()), blankToNull(contact.addLine2()),
                blankToNull(contact.addLine3()), blankToNull(contact.addLine4()),
                ContactValidation.postcode(contact.postcode()), ContactValidation.telNo(contact.telNo()), null,
                ContactValidation.email(contact.email()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Specification<Learner> matching(LearnerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.search() != null && !filter.search().isBlank()) {
                String text = filter.search().trim().toLowerCase(Locale.ROOT);
                String like = "%" + text + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("familyName")), like),
                        cb.like(cb.lower(root.get("givenNames")), like),
                        cb.like(cb.lower(cb.concat(cb.concat(root.get("givenNames"), " "), root.get("familyName"))),
                                like),
                        cb.equal(cb.lower(root.get("learnRefNumber")), text),
                        cb.equal(root.get("uln"), text)));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("programmeStatus"), filter.status()));
            }
            if (filter.fundModel() != null) {
                Subquery<Integer> aims = query.subquery(Integer.class);
                var aim = aims.from(LearningDelivery.class);
                aims.select(cb.literal(1)).where(cb.equal(aim.get("learnerId"), root.get("id")),
                        cb.equal(aim.get("fundModel"), filter.fundModel()));
                predicates.add(cb.exists(aims));
            }
            if (filter.leftFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("leavingDate"), filter.leftFrom()));
            }
            if (filter.leftTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("leavingDate"), filter.leftTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
