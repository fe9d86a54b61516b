package app.waymark.learner;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Changes to learners' records that someone asked for (trackers): checking the request, saying in plain English what
 * it would do or why it cannot, and doing it, audited with the values before and after. Permission to apply is the
 * caller's to check (a tracker is processed only by someone allowed to).
 */
@Service
public class LearnerRecordChanges {

    private final LearnerRepository learners;
    private final LearningDeliveryRepository deliveries;
    private final EmploymentStatusRepository employment;
    private final Map<Class<?>, ChangeEffect<?>> effects;
    private final AuditService audit;
    private final Clock clock;
    private final MisChanges misChanges;

    LearnerRecordChanges(LearnerRepository learners, LearningDeliveryRepository deliveries,
                         EmploymentStatusRepository employment, List<ChangeEffect<?>> effects, AuditService audit,
                         Clock clock, MisChanges misChanges) {
        this.learners = learners;
        this.deliveries = deliveries;
        this.employment = employment;
        this.effects = effects.stream().collect(Collectors.toMap(ChangeEffect::kind, Function.identity()));
        this.audit = audit;
        this.clock = clock;
        this.misChanges = misChanges;
    }

    /** The change as it would be stored (trimmed, postcode in capitals...), or why it is not acceptable. */
    public <C extends RecordChange> C normalised(C change) {
        return effectFor(change).normalised(change);
    }

    @Transactional(readOnly = true)
    public Optional<LearnerFacts> facts(UUID learnerId) {
        return learners.findById(learnerId).map(learner -> {
            LearnerSummary summary = learner.summary();
            return new LearnerFacts(learner.id(), summary.learnRefNumber(), summary.fullName(),
                    learner.programmeStatus(), learner.qaVerified(), learner.staff().primaryTutorId());
        });
    }

    /** The learner's current values of the fields the change sets, by ILR field name. */
    @Transactional(readOnly = true)
    public <C extends RecordChange> Map<String, String> touched(UUID learnerId, C change) {
        ChangeEffect<C> effect = effectFor(change);
        return effect.touched(state(learnerId, effect), change);
    }

    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public <C extends RecordChange> ChangePreview preview(UUID learnerId, C change) {
        ChangeEffect<C> effect = effectFor(change);
        LearnerState state = state(learnerId, effect);
        return new ChangePreview(effect.plan(state, change), effect.touched(state, change));
    }

    /**
     * Applies the change in the caller's transaction when its plan has no blockers, and returns that plan; a plan
     * with blockers is returned and nothing changes. {@code reference} names why, on the learner's audit trail
     * (e.g. "Tracker T-12").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <C extends RecordChange> ChangePlan apply(UUID learnerId, C change, String reference) {
        return apply(learnerId, change, reference, current -> {
        });
    }

    /**
     * As {@link #apply(UUID, RecordChange, String)}, after passing {@code check} the learner's current values of the
     * fields the change sets (as {@link #touched} gives them), from the same read of the record. {@code check}
     * refuses by throwing; nothing has changed then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <C extends RecordChange> ChangePlan apply(UUID learnerId, C change, String reference,
                                                     Consumer<Map<String, String>> check) {
        ChangeEffect<C> effect = effectFor(change);
        LearnerState state = state(learnerId, effect);
        check.accept(effect.touched(state, change));
        ChangePlan plan = effect.plan(state, change);
        if (!plan.applicable()) {
            return plan;
        }
        effect.apply(state, change);
        state.learner().touch(clock.instant());
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("reference", reference);
        after.put("reference", reference);
        plan.fields().forEach(field -> {
            String key = field.record().equals("Learner") ? field.field() : field.record() + " " + field.field();
            before.put(key, field.before());
            after.put(key, field.after());
        });
        audit.record(AuditEntry.of(AuditActions.LEARNER_RECORD_CHANGED, "learner", learnerId)
                .before(before).after(after));
        misChanges.record(learnerId, plan.fields(), reference);
        return plan;
    }

    private LearnerState state(UUID learnerId, ChangeEffect<?> effect) {
        Learner learner = learners.findById(learnerId)
                .orElseThrow(() -> new InvalidInputException("learner", "No learner with id " + learnerId));
        if (!effect.readsAimsAndEmployment()) {
            return LearnerState.learnerOnly(learner);
        }
        return new LearnerState(learner,
                deliveries.findByLearnerIdOrderByAimSeqNumber(learnerId).stream().map(LearningDelivery::toState)
                        .toList(),
                employment.findByLearnerIdOrderByDateEmpStatApp(learnerId).stream()
                        .map(EmploymentStatus::toState).toList());
    }

    @SuppressWarnings("unchecked")
    private <C extends RecordChange> ChangeEffect<C> effectFor(C change) {
        ChangeEffect<?> effect = effects.get(change.getClass());
        if (effect == null) {
            throw new IllegalStateException("No rule for " + change.getClass().getSimpleName());
        }
        return (ChangeEffect<C>) effect;
    }
}
