package app.waymark.learner;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.tenant.CurrentTenant;
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

/**
 * The MIS round trip's list (decision 0029): each ILR field Waymark changed (a processed tracker) is to be keyed into
 * the provider's MIS until an import brings the same value, someone marks it keyed by hand, or a later value
 * supersedes it. MIS officers and tracker processors see the list; MIS officers mark changes keyed.
 */
@Service
public class MisChanges {

    private static final String SEES_THE_LIST = "hasAnyRole('" + Permission.ILR_IMPORT + "', '"
            + Permission.TRACKER_PROCESS + "')";

    private final MisChangeQueries queries;
    private final AuditService audit;
    private final Clock clock;

    MisChanges(MisChangeQueries queries, AuditService audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the fields a change set on the learner as still to key into the MIS (in the applying transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID learnerId, List<FieldChange> fields, String reference) {
        if (fields.isEmpty()) {
            return;
        }
        Optional<Actor> actor = CurrentActor.get();
        queries.insert(CurrentTenant.idOrNone(), learnerId, fields, reference, clock.instant(),
                actor.map(Actor::id).orElse(null), CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME));
    }

    @PreAuthorize(SEES_THE_LIST)
    @Transactional(readOnly = true)
    public List<MisChange> find(MisChangeFilter filter, int page, int pageSize) {
        return queries.find(filter, page * pageSize, pageSize);
    }

    @PreAuthorize(SEES_THE_LIST)
    @Transactional(readOnly = true)
    public long count(MisChangeFilter filter) {
        return queries.count(filter);
    }

    /** Every change the filter selects, in learner order (for exports). */
    @PreAuthorize(SEES_THE_LIST)
    @Transactional(readOnly = true)
    public void forEach(MisChangeFilter filter, Consumer<MisChange> consumer) {
        queries.forEach(filter, consumer);
    }

    /**
     * Marks a change still to key as keyed into the MIS by hand (for MIS systems that will not be imported again
     * soon), on the learner's audit trail.
     */
    @PreAuthorize("hasRole('" + Permission.ILR_IMPORT + "')")
    @Transactional
    public void markInMis(UUID changeId) {
        MisChange change = queries.byId(changeId)
                .orElseThrow(() -> new InvalidInputException("change", "No change to key with id " + changeId));
        String by = CurrentActor.require().displayName();
        if (!queries.markInMis(changeId, clock.instant(), by)) {
            throw new InvalidInputException("change", "This change is no longer to key into the MIS: it is "
                    + change.state().name().toLowerCase().replace('_', ' ') + " already");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", change.reference());
        after.put("record", change.record());
        after.put("field", change.field());
        after.put("value", change.after());
        after.put("state", MisState.IN_MIS.name());
        audit.record(AuditEntry.of(AuditActions.LEARNER_CHANGE_KEYED_IN_MIS, "learner", change.learnerId())
                .before(Map.of("state", change.state().name())).after(after));
    }

    /**
     * Where the fields a change set (e.g. {@code "Tracker T-12"}) stand with the MIS: TO_KEY while any is still to
     * key, then IN_MIS when any reached the MIS, else SUPERSEDED; empty when the reference changed no field.
     */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public Optional<MisState> stateOf(String reference) {
        List<MisState> states = queries.ofReference(reference).stream().map(MisChange::state).toList();
        for (MisState state : List.of(MisState.TO_KEY, MisState.IN_MIS, MisState.SUPERSEDED)) {
            if (states.contains(state)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The fields a change set, each with where it stands with the MIS. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<MisChange> ofReference(String reference) {
        return queries.ofReference(reference);
    }
}
