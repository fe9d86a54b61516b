package app.waymark.bootcamp;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.ilr.IlrImportApplied;
import app.waymark.learner.LearnerAims;
import app.waymark.learner.LearnerRecord;
import app.waymark.tenant.CurrentTenant;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static app.waymark.bootcamp.Situation.uk;

/**
 * Skills Bootcamp events recorded in Waymark (issue 15 part 3, decision 0052): staff record an interview offer, a
 * new role with the existing employer, a self-employment plan or a job outcome; Waymark lists the ILR rows to key
 * into the MIS ({@link KeyInRows}); an applied ILR import whose data holds them marks the event "in the MIS". The
 * milestone verdicts keep coming from imported data only.
 */
@Service
public class BootcampEvents {

    static final String RECORD = "hasRole('" + Permission.LEARNER_EDIT + "')";
    private static final int LONGEST_NOTE = 500;

    /** A recorded event with the rows to key in for it, and what the rows wait for (null when nothing). */
    public record LearnerEvent(RecordedEvent event, List<KeyInRow> rows, Sentence waitingFor) {

        public LearnerEvent {
            rows = List.copyOf(rows);
        }
    }

    /** A learner's recorded events, with what the ILR fragment needs to name the learner. */
    public record LearnerEvents(UUID learnerId, String learnRefNumber, String name, List<LearnerEvent> events) {

        public LearnerEvents {
            events = List.copyOf(events);
        }
    }

    private final EventQueries queries;
    private final LearnerAims aims;
    private final BootcampContracts contracts;
    private final AuditService audit;
    private final Clock clock;

    BootcampEvents(EventQueries queries, LearnerAims aims, BootcampContracts contracts, AuditService audit,
                   Clock clock) {
        this.queries = queries;
        this.aims = aims;
        this.contracts = contracts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The learner's recorded events with their rows, earliest first; empty when the learner is not the provider's. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public Optional<LearnerEvents> forLearner(UUID learnerId) {
        return aims.learner(learnerId).map(learner -> withRows(learner, queries.ofLearner(learnerId)));
    }

    /** Every event of the provider still waiting for the MIS, by learner reference: the provider-wide export. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<LearnerEvents> waiting() {
        Map<UUID, List<RecordedEvent>> byLearner = queries.waiting().stream()
                .collect(Collectors.groupingBy(RecordedEvent::learnerId, LinkedHashMap::new, Collectors.toList()));
        List<LearnerEvents> all = new ArrayList<>();
        byLearner.forEach((learnerId, events) -> aims.learner(learnerId)
                .ifPresent(learner -> all.add(withRows(learner, events))));
        all.sort(Comparator.comparing(LearnerEvents::learnRefNumber));
        return all;
    }

    /**
     * Records an event, refusing with the reason and the field (and changing nothing) when it has no date, is dated
     * in the future or before the programme started, cannot be recorded for the programme's year (an EVI code
     * missing or not wanted; a job outcome before the training is complete or after the outcome deadline), or is
     * already recorded.
     */
    @PreAuthorize(RECORD)
    @Transactional
    public UUID record(UUID learnerId, EventKind kind, LocalDate date, String eviCode, String note) {
        String code = blankToNull(eviCode);
        if (code != null && !code.matches("[0-9]{1,3}")) {
            throw new InvalidInputException("eviCode", "The EVI code is a number of up to 3 digits, as your MIS"
                    + " keys it; not \"" + code + "\"");
        }
        String cleanNote = blankToNull(note);
        if (cleanNote != null && cleanNote.length() > LONGEST_NOTE) {
            throw new InvalidInputException("note", "The note is at most " + LONGEST_NOTE + " characters; this one"
                    + " has " + cleanNote.length());
        }
        LearnerAims.LearnerWithAims learner = aims.learner(learnerId).orElseThrow(() ->
                new InvalidInputException("learner", "There is no such learner in your organisation"));
        List<BootcampProgramme> programmes = BootcampProgramme.programmesOf(learner.aims());
        if (programmes.isEmpty()) {
            throw new InvalidInputException("learner", "This learner has no Skills Bootcamp aims (FundModel 37,"
                    + " programme aim ZPROG001) in the imported ILR, so there is nothing to record an event on");
        }
        BootcampProgramme programme = KeyInRows.programmeOn(date, programmes).orElseThrow();
        ContractYear year = ContractYear.containing(programme.start() == null ? today() : programme.start());
        KeyInRows.check(kind, date, code, programme, today(),
                contracts.terms().forYear(year).terms().outcomeDeadline());
        for (RecordedEvent recorded : queries.ofLearner(learnerId)) {
            if (recorded.kind() == kind && (kind.isJobOutcome() || recorded.date().equals(date))) {
                throw new InvalidInputException("eventDate", (kind == EventKind.INTERVIEW_OFFER ? "An " : "A ")
                        + label(kind) + " on " + uk(recorded.date())
                        + " is already recorded for this learner" + (kind.isJobOutcome()
                        ? ": remove it first if the date was wrong" : ""));
            }
        }
        Actor actor = CurrentActor.require();
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), learnerId, kind, date, code, cleanNote,
                actor.displayName(), clock.instant(), null, null);
        queries.insert(CurrentTenant.idOrNone(), event, actor.isPlatformOperator() ? null : actor.id());
        audit.record(AuditEntry.of(AuditActions.BOOTCAMP_EVENT_RECORDED, "Learner", learnerId)
                .after(details(event)));
        return event.id();
    }

    /** Removes an event recorded by mistake, only while it is still waiting for the MIS. */
    @PreAuthorize(RECORD)
    @Transactional
    public void remove(UUID eventId) {
        RecordedEvent event = queries.find(eventId).orElseThrow(() ->
                new InvalidInputException("event", "This event is no longer recorded"));
        if (event.inMis() || queries.deleteWaiting(eventId) == 0) {
            throw new InvalidInputException("event", "The " + label(event.kind()) + " on " + uk(event.date())
                    + " is already in the MIS, so it stays recorded: correct the MIS, and the milestones follow the"
                    + " next import");
        }
        audit.record(AuditEntry.of(AuditActions.BOOTCAMP_EVENT_REMOVED, "Learner", event.learnerId())
                .before(details(event)));
    }

    /**
     * Marks "in the MIS" every waiting event whose rows the provider's imported data now holds, in the import's
     * own transaction: the mark names the import and commits or rolls back with it.
     */
    @EventListener
    public void markHeld(IlrImportApplied applied) {
        Map<UUID, List<RecordedEvent>> byLearner = queries.waiting().stream()
                .collect(Collectors.groupingBy(RecordedEvent::learnerId));
        byLearner.forEach((learnerId, events) -> {
            List<LearnerRecord.Aim> learnerAims = aims.learner(learnerId)
                    .map(LearnerAims.LearnerWithAims::aims).orElse(List.of());
            List<BootcampProgramme> programmes = BootcampProgramme.programmesOf(learnerAims);
            for (RecordedEvent event : events) {
                KeyInRows.programmeOn(event.date(), programmes)
                        .filter(programme -> KeyInRows.heldBy(event, programme))
                        .ifPresent(programme -> queries.markInMis(event.id(), applied.importId(),
                                applied.finishedAt()));
            }
        });
    }

    private LearnerEvents withRows(LearnerAims.LearnerWithAims learner, List<RecordedEvent> events) {
        List<BootcampProgramme> programmes = BootcampProgramme.programmesOf(learner.aims());
        int nextSeq = learner.aims().stream().mapToInt(LearnerRecord.Aim::aimSeqNumber).max().orElse(0) + 1;
        List<LearnerEvent> shown = new ArrayList<>();
        for (RecordedEvent event : events) {
            BootcampProgramme programme = KeyInRows.programmeOn(event.date(), programmes).orElse(null);
            if (programme == null) {
                shown.add(new LearnerEvent(event, List.of(), Sentence.of("bootcamps.keyin.no-programme")));
                continue;
            }
            List<KeyInRow> rows = KeyInRows.rows(event.kind(), event.date(), event.eviCode(), programme, nextSeq);
            if (rows.stream().anyMatch(row -> row.action() == KeyInRow.Action.ADD_AIM)) {
                nextSeq++;
            }
            shown.add(new LearnerEvent(event, rows, KeyInRows.waitingFor(event.kind(), programme).orElse(null)));
        }
        String name = ((learner.givenNames() == null ? "" : learner.givenNames()) + " "
                + (learner.familyName() == null ? "" : learner.familyName())).trim();
        return new LearnerEvents(learner.learnerId(), learner.learnRefNumber(), name, shown);
    }

    private static Map<String, Object> details(RecordedEvent event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("event", event.kind().name());
        details.put("date", event.date().toString());
        details.put("eviCode", event.eviCode() == null ? "" : event.eviCode());
        details.put("note", event.note() == null ? "" : event.note());
        return details;
    }

    static String label(EventKind kind) {
        return switch (kind) {
            case INTERVIEW_OFFER -> "interview offer";
            case NEW_ROLE_WITH_EMPLOYER -> "new role with the existing employer";
            case SELF_EMPLOYMENT_PLAN -> "self-employment plan";
            case JOB_OUTCOME -> "job outcome";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
