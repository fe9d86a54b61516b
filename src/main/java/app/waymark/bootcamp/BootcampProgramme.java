package app.waymark.bootcamp;

import app.waymark.learner.LearnerRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Skills Bootcamp programme of a learner: its programme aim ZPROG001 and its component aims (the subject
 * learning aim, and event aims up to 2024-25), as imported. {@link #programmesOf} picks them out of all of a
 * learner's aims.
 */
public record BootcampProgramme(List<LearnerRecord.Aim> aims) {

    public static final String PROGRAMME_AIM = "ZPROG001";
    public static final int FUND_MODEL = 37;
    public static final int PROG_TYPE = 32;
    public static final String EVI = "EVI";

    public BootcampProgramme {
        aims = aims.stream().sorted(Comparator.comparingInt(LearnerRecord.Aim::aimSeqNumber)).toList();
    }

    /**
     * The learner's Skills Bootcamp programmes: the aims with FundModel 37 or ProgType 32, each component with the
     * latest programme aim that started on or before it (or the first one).
     */
    public static List<BootcampProgramme> programmesOf(List<LearnerRecord.Aim> learnerAims) {
        List<LearnerRecord.Aim> bootcampAims = learnerAims.stream()
                .filter(aim -> aim.fundModel() == FUND_MODEL || Objects.equals(aim.progType(), PROG_TYPE)).toList();
        List<LearnerRecord.Aim> programmeAims = bootcampAims.stream().filter(BootcampProgramme::isProgrammeAim)
                .sorted(Comparator.comparing(LearnerRecord.Aim::learnStartDate,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        if (programmeAims.size() <= 1) {
            return bootcampAims.isEmpty() ? List.of() : List.of(new BootcampProgramme(bootcampAims));
        }
        List<List<LearnerRecord.Aim>> grouped = new ArrayList<>();
        programmeAims.forEach(aim -> grouped.add(new ArrayList<>(List.of(aim))));
        for (LearnerRecord.Aim aim : bootcampAims) {
            if (!isProgrammeAim(aim)) {
                int owner = 0;
                for (int i = 0; i < programmeAims.size(); i++) {
                    LocalDate start = programmeAims.get(i).learnStartDate();
                    if (start != null && aim.learnStartDate() != null && !start.isAfter(aim.learnStartDate())) {
                        owner = i;
                    }
                }
                grouped.get(owner).add(aim);
            }
        }
        return grouped.stream().map(BootcampProgramme::new).toList();
    }

    static boolean isProgrammeAim(LearnerRecord.Aim aim) {
        return PROGRAMME_AIM.equals(aim.learnAimRef());
    }

    public Optional<LearnerRecord.Aim> programmeAim() {
        return aims.stream().filter(BootcampProgramme::isProgrammeAim).findFirst();
    }

    /** The component aims that are not event aims: the bootcamp's subject learning aim(s). */
    public List<LearnerRecord.Aim> subjectAims() {
        return aims.stream().filter(aim -> !isProgrammeAim(aim) && EventAim.of(aim.learnAimRef()).isEmpty()).toList();
    }

    public List<LearnerRecord.Aim> eventAims() {
        return aims.stream().filter(aim -> EventAim.of(aim.learnAimRef()).isPresent()).toList();
    }

    /** The programme's start: ZPROG001's start date, else the earliest start of its aims. */
    public LocalDate start() {
        return programmeAim().map(LearnerRecord.Aim::learnStartDate).filter(Objects::nonNull)
                .or(() -> aims.stream().map(LearnerRecord.Aim::learnStartDate).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()))
                .orElse(null);
    }

    public RecordingRules recordingRules() {
        return RecordingRules.forProgrammeStart(start());
    }

    /** The day the training ended: the latest actual end date of the subject aims, once every one has ended. */
    public Optional<LocalDate> trainingEnd() {
        List<LearnerRecord.Aim> subjects = subjectAims();
        if (subjects.isEmpty() || subjects.stream().anyMatch(aim -> aim.learnActEndDate() == null)) {
            return Optional.empty();
        }
        return subjects.stream().map(LearnerRecord.Aim::learnActEndDate).max(Comparator.naturalOrder());
    }

    /** The training was completed: every subject aim has CompStatus 2 and an actual end date. */
    public boolean trainingCompleted() {
        List<LearnerRecord.Aim> subjects = subjectAims();
        return !subjects.isEmpty() && subjects.stream()
                .allMatch(aim -> aim.compStatus() == 2 && aim.learnActEndDate() != null);
    }

    /**
     * The events recorded the way the programme's start year records them (event aims, or EVI FAMs with a DateFrom
     * on ZPROG001), earliest first.
     */
    public List<BootcampEvent> events() {
        List<BootcampEvent> events = new ArrayList<>();
        if (recordingRules() == RecordingRules.EVENT_AIMS) {
            for (LearnerRecord.Aim aim : eventAims()) {
                LocalDate date = aim.learnStartDate() != null ? aim.learnStartDate() : aim.learnActEndDate();
                if (date != null) {
                    events.add(new BootcampEvent(date, EventAim.of(aim.learnAimRef()).orElseThrow(), null, aim));
                }
            }
        } else {
            programmeAim().ifPresent(programme -> programme.fams().stream()
                    .filter(fam -> EVI.equals(fam.type()) && fam.dateFrom() != null)
                    .forEach(fam -> events.add(new BootcampEvent(fam.dateFrom(), null, fam.code(), programme))));
        }
        events.sort(Comparator.comparing(BootcampEvent::date));
        return events;
    }

    /** The latest actual end date of the component aims (AimType 3), if any has one. */
    public Optional<LearnerRecord.Aim> latestEndingComponent() {
        return aims.stream().filter(aim -> !isProgrammeAim(aim) && aim.learnActEndDate() != null)
                .max(Comparator.comparing(LearnerRecord.Aim::learnActEndDate));
    }
}
