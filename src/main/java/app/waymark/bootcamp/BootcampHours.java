package app.waymark.bootcamp;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.Translatable;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.learner.LearnerAims;
import app.waymark.tenant.CurrentTenant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Guided learning hours delivered to Skills Bootcamp learners, recorded by staff one day at a time (decision 0058):
 * the ILR carries no hours, and the start milestone (M1) is evidenced by the contract's qualifying days or its
 * guided learning hours. {@link BootcampOverview} passes them to the rules engine with the imported aims.
 */
@Service
public class BootcampHours {

    private static final int LONGEST_NOTE = 500;

    private final HoursQueries queries;
    private final LearnerAims aims;
    private final AuditService audit;
    private final Clock clock;

    BootcampHours(HoursQueries queries, LearnerAims aims, AuditService audit, Clock clock) {
        this.queries = queries;
        this.aims = aims;
        this.audit = audit;
        this.clock = clock;
    }

    /** The learner's recorded hours, earliest day first. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<RecordedHours> forLearner(UUID learnerId) {
        return queries.ofLearner(learnerId);
    }

    /**
     * Records the hours delivered on a day, refusing with the field and the reason (and changing nothing) when the
     * day is missing, in the future, outside the programme's training, or already has hours, or the hours are not
     * more than 0 and at most 12 in hundredths.
     */
    @PreAuthorize(BootcampEvents.RECORD)
    @Transactional
    public UUID record(UUID learnerId, LocalDate deliveredOn, BigDecimal hours, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > LONGEST_NOTE) {
            throw HoursError.NOTE_TOO_LONG.refusal(LONGEST_NOTE, cleanNote.length());
        }
        LearnerAims.LearnerWithAims learner = aims.learner(learnerId)
                .orElseThrow(HoursError.NO_SUCH_LEARNER::refusal);
        List<BootcampProgramme> programmes = BootcampProgramme.programmesOf(learner.aims());
        if (programmes.isEmpty()) {
            throw HoursError.NO_BOOTCAMP.refusal();
        }
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK));
        HoursChecks.check(deliveredOn, hours, KeyInRows.programmeOn(deliveredOn, programmes).orElseThrow(), today);
        for (RecordedHours recorded : queries.ofLearner(learnerId)) {
            if (recorded.deliveredOn().equals(deliveredOn)) {
                throw HoursError.DAY_ALREADY_RECORDED.refusal(recorded.hours(), Translatable.day(deliveredOn));
            }
        }
        Actor actor = CurrentActor.require();
        RecordedHours entry = new RecordedHours(UUID.randomUUID(), learnerId, deliveredOn, hours, cleanNote,
                actor.displayName(), clock.instant());
        queries.insert(CurrentTenant.idOrNone(), entry, actor.isPlatformOperator() ? null : actor.id());
        audit.record(AuditEntry.of(AuditActions.BOOTCAMP_HOURS_RECORDED, "Learner", learnerId)
                .after(details(entry)));
        return entry.id();
    }

    /** Removes an entry recorded by mistake; the start milestone is judged again without it. */
    @PreAuthorize(BootcampEvents.RECORD)
    @Transactional
    public void remove(UUID entryId) {
        RecordedHours entry = queries.find(entryId).orElseThrow(HoursError.ENTRY_GONE::refusal);
        queries.delete(entryId);
        audit.record(AuditEntry.of(AuditActions.BOOTCAMP_HOURS_REMOVED, "Learner", entry.learnerId())
                .before(details(entry)));
    }

    private static Map<String, Object> details(RecordedHours entry) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deliveredOn", entry.deliveredOn().toString());
        details.put("hours", entry.hours().toPlainString());
        details.put("note", entry.note() == null ? "" : entry.note());
        return details;
    }
}
