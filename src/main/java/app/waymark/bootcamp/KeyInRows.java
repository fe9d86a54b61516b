package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import app.waymark.learner.LearnerRecord;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static app.waymark.bootcamp.Situation.uk;

/**
 * The ILR rows to key into the MIS for an event recorded in Waymark, worked out from the learner's imported programme
 * and the year rules of its start (decision 0052): up to 31 July 2025 an event aim (equal dates, 2/1), from 1 August
 * 2025 an EVI FAM with its DateFrom on ZPROG001; then ZPROG001 completed as the providers' thread found M2 needs
 * (2/8, the event's date as its actual end date, no AchDate) once the training is complete; and for a job outcome
 * ZPROG001 2/1 with the achievement date. Also whether imported aims hold those rows, and what cannot be recorded.
 * Plain Java: no Spring, no database.
 */
public final class KeyInRows {

    /** The ILR's own limit: an achievement date at most 6 months after the programme's actual end date. */
    static final Period ACH_DATE_LIMIT = Period.ofMonths(6);

    private KeyInRows() {
    }

    /**
     * The rows for an event of {@code kind} on {@code date} of {@code programme} that the imported programme does not
     * hold yet (none once the MIS has them all). {@code nextAimSeqNumber} is the sequence number a new aim gets (one
     * more than the learner's highest).
     */
    public static List<KeyInRow> rows(EventKind kind, LocalDate date, String eviCode, BootcampProgramme programme,
                                      int nextAimSeqNumber) {
        List<KeyInRow> rows = new ArrayList<>();
        LearnerRecord.Aim programmeAim = programme.programmeAim().orElse(null);
        int programmeSeq = programmeAim == null ? 1 : programmeAim.aimSeqNumber();
        if (kind.isJobOutcome()) {
            if (!outcomeHeld(date, programmeAim)) {
                LocalDate actualEnd = programmeActualEnd(programme, date);
                rows.add(new KeyInRow(KeyInRow.Action.CHANGE_AIM, programmeSeq, BootcampProgramme.PROGRAMME_AIM,
                        List.of(field("CompStatus", "2"), field("LearnActEndDate", actualEnd.toString()),
                                field("Outcome", "1"), field("AchDate", date.toString())),
                        Sentence.of("bootcamps.keyin.job-outcome", String.valueOf(programmeSeq), uk(actualEnd),
                                uk(date), uk(actualEnd.plus(ACH_DATE_LIMIT)))));
            }
            return rows;
        }
        if (!eventHeld(kind, date, eviCode, programme)) {
            rows.add(eventRow(kind, date, eviCode, programme, nextAimSeqNumber));
        }
        if (needsCompleting(programmeAim) && programme.trainingCompleted()) {
            LocalDate actualEnd = latest(date, programme.latestEndingComponent()
                    .map(LearnerRecord.Aim::learnActEndDate).orElse(null));
            rows.add(new KeyInRow(KeyInRow.Action.CHANGE_AIM, programmeSeq, BootcampProgramme.PROGRAMME_AIM,
                    List.of(field("CompStatus", "2"), field("LearnActEndDate", actualEnd.toString()),
                            field("Outcome", "8"), field("AchDate", "")),
                    Sentence.of("bootcamps.keyin.programme-completed", String.valueOf(programmeSeq), uk(actualEnd))));
        }
        return rows;
    }

    /** The event itself: an event aim up to 2024-25 starts, the EVI FAM on ZPROG001 from 2025-26. */
    private static KeyInRow eventRow(EventKind kind, LocalDate date, String eviCode, BootcampProgramme programme,
                                     int nextAimSeqNumber) {
        LearnerRecord.Aim programmeAim = programme.programmeAim().orElse(null);
        int programmeSeq = programmeAim == null ? 1 : programmeAim.aimSeqNumber();
        String aimRef = kind.eventAim().orElseThrow().learnAimRef();
        if (programme.recordingRules() == RecordingRules.EVENT_AIMS) {
            List<KeyInRow.Field> fields = new ArrayList<>(List.of(field("LearnAimRef", aimRef),
                    field("AimType", "3"), field("AimSeqNumber", String.valueOf(nextAimSeqNumber)),
                    field("LearnStartDate", date.toString()), field("LearnPlanEndDate", date.toString()),
                    field("FundModel", String.valueOf(BootcampProgramme.FUND_MODEL)),
                    field("ProgType", String.valueOf(BootcampProgramme.PROG_TYPE)), field("CompStatus", "2"),
                    field("LearnActEndDate", date.toString()), field("Outcome", "1")));
            sourceOfFunding(programmeAim).ifPresent(code -> fields.addAll(List.of(field("LearnDelFAMType", "SOF"),
                    field("LearnDelFAMCode", code))));
            return new KeyInRow(KeyInRow.Action.ADD_AIM, nextAimSeqNumber, aimRef, fields,
                    Sentence.of("bootcamps.keyin.event-aim", String.valueOf(nextAimSeqNumber), aimRef, uk(date)));
        }
        return new KeyInRow(KeyInRow.Action.ADD_FAM, programmeSeq, BootcampProgramme.PROGRAMME_AIM,
                List.of(field("LearnDelFAMType", BootcampProgramme.EVI), field("LearnDelFAMCode", eviCode),
                        field("LearnDelFAMDateFrom", date.toString())),
                Sentence.of("bootcamps.keyin.evi", String.valueOf(programmeSeq), eviCode, uk(date)));
    }

    /**
     * What the rows cannot say yet: for an event while the training is not complete, the programme aim's change
     * that M2 will need once it is.
     */
    public static Optional<Sentence> waitingFor(EventKind kind, BootcampProgramme programme) {
        if (kind.isJobOutcome() || programme.trainingCompleted()
                || !needsCompleting(programme.programmeAim().orElse(null))) {
            return Optional.empty();
        }
        return Optional.of(Sentence.of("bootcamps.keyin.after-training"));
    }

    /** The imported programme holds every row the event needs: the MIS has it. */
    public static boolean heldBy(RecordedEvent event, BootcampProgramme programme) {
        return rows(event.kind(), event.date(), event.eviCode(), programme, Integer.MAX_VALUE).isEmpty();
    }

    private static boolean outcomeHeld(LocalDate date, LearnerRecord.Aim programmeAim) {
        return programmeAim != null && programmeAim.compStatus() == 2 && Objects.equals(programmeAim.outcome(), 1)
                && date.equals(programmeAim.achDate());
    }

    private static boolean eventHeld(EventKind kind, LocalDate date, String eviCode, BootcampProgramme programme) {
        LearnerRecord.Aim programmeAim = programme.programmeAim().orElse(null);
        if (programme.recordingRules() == RecordingRules.EVENT_AIMS) {
            String aimRef = kind.eventAim().orElseThrow().learnAimRef();
            return programme.eventAims().stream().anyMatch(aim -> aim.learnAimRef().equals(aimRef)
                    && date.equals(aim.learnStartDate()) && date.equals(aim.learnPlanEndDate())
                    && date.equals(aim.learnActEndDate()) && aim.compStatus() == 2
                    && Objects.equals(aim.outcome(), 1));
        }
        return programmeAim != null && programmeAim.fams() != null && programmeAim.fams().stream()
                .anyMatch(fam -> BootcampProgramme.EVI.equals(fam.type()) && date.equals(fam.dateFrom())
                        && (eviCode == null || eviCode.equals(fam.code())));
    }

    /**
     * Refuses what cannot be recorded, saying why and where: no date, a date in the future or before the programme
     * started, an EVI code missing (from 2025-26 starts) or given (before), a job outcome before the training is
     * complete or later than the outcome deadline. The duplicate check needs the stored events: the service does it.
     */
    public static void check(EventKind kind, LocalDate date, String eviCode, BootcampProgramme programme,
                             LocalDate today, Period outcomeDeadline) {
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose what happened: an interview offer, a new role with the"
                    + " existing employer, a self-employment plan or a job outcome");
        }
        if (date == null) {
            throw new InvalidInputException("eventDate", "Enter the date of the event (the day the offer was made,"
                    + " the plan received or the job started)");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("eventDate", "The event date " + uk(date) + " is in the future: record"
                    + " an event once it has happened");
        }
        if (programme == null || programme.start() == null || date.isBefore(programme.start())) {
            throw new InvalidInputException("eventDate", "The event date " + uk(date) + " is before the Skills"
                    + " Bootcamp started" + (programme == null || programme.start() == null ? ""
                    : " (" + uk(programme.start()) + ")"));
        }
        boolean evi = programme.recordingRules() == RecordingRules.EVI_FAM;
        if (kind.isJobOutcome()) {
            if (eviCode != null) {
                throw new InvalidInputException("eviCode", "A job outcome is recorded as ZPROG001's achievement date"
                        + ", not as an EVI FAM: leave the EVI code empty");
            }
            LocalDate trainingEnd = programme.trainingCompleted() ? programme.trainingEnd().orElse(null) : null;
            if (trainingEnd == null) {
                throw new InvalidInputException("kind", "A job outcome can only be recorded once the training is"
                        + " complete (the subject aim with CompStatus 2 and its actual end date in the MIS)");
            }
            LocalDate deadline = trainingEnd.plus(outcomeDeadline);
            if (date.isAfter(deadline)) {
                throw new InvalidInputException("eventDate", "A job outcome on " + uk(date) + " is after the outcome"
                        + " deadline " + uk(deadline) + " (the training ended " + uk(trainingEnd) + "): it cannot"
                        + " trigger the outcome milestone");
            }
            LocalDate actualEnd = programmeActualEnd(programme, date);
            if (date.isAfter(actualEnd.plus(ACH_DATE_LIMIT))) {
                throw new InvalidInputException("eventDate", "A job outcome on " + uk(date) + " is more than 6 months"
                        + " after ZPROG001's actual end date " + uk(actualEnd) + ", which the ILR refuses");
            }
        } else if (evi && eviCode == null) {
            throw new InvalidInputException("eviCode", "This programme started on " + uk(programme.start())
                    + ", so the event is an EVI FAM on ZPROG001: enter the EVI code your MIS uses for it");
        } else if (!evi && eviCode != null) {
            throw new InvalidInputException("eviCode", "This programme started on " + uk(programme.start())
                    + ", before 1 August 2025, so the event is an event aim and has no EVI code: leave it empty");
        }
    }

    /** The learner's programme an event on {@code date} belongs to: the latest one started by then. */
    public static Optional<BootcampProgramme> programmeOn(LocalDate date, List<BootcampProgramme> programmes) {
        Optional<BootcampProgramme> started = programmes.stream()
                .filter(p -> p.start() != null && date != null && !p.start().isAfter(date))
                .max(Comparator.comparing(BootcampProgramme::start));
        return started.isPresent() ? started : programmes.stream().findFirst();
    }

    private static LocalDate programmeActualEnd(BootcampProgramme programme, LocalDate fallback) {
        LearnerRecord.Aim programmeAim = programme.programmeAim().orElse(null);
        if (programmeAim != null && programmeAim.learnActEndDate() != null) {
            return programmeAim.learnActEndDate();
        }
        LocalDate latest = latest(programme.trainingEnd().orElse(null), programme.latestEndingComponent()
                .map(LearnerRecord.Aim::learnActEndDate).orElse(null));
        return latest != null ? latest : fallback;
    }

    private static boolean needsCompleting(LearnerRecord.Aim programmeAim) {
        return programmeAim == null || !(programmeAim.compStatus() == 2 && programmeAim.learnActEndDate() != null)
                && !Objects.equals(programmeAim.outcome(), 1);
    }

    private static Optional<String> sourceOfFunding(LearnerRecord.Aim programmeAim) {
        return programmeAim == null || programmeAim.fams() == null ? Optional.empty()
                : programmeAim.fams().stream().filter(fam -> "SOF".equals(fam.type())).map(LearnerRecord.Fam::code)
                        .findFirst();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return Stream.of(a, b).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static KeyInRow.Field field(String name, String value) {
        return new KeyInRow.Field(name, value);
    }
}
