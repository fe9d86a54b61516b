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
 * learner's aims. What the rules derive from the aims is worked out once, here.
 */
public final class BootcampProgramme {

    public static final String PROGRAMME_AIM = "ZPROG001";
    public static final int FUND_MODEL = 37;
    public static final int PROG_TYPE = 32;
    public static final String EVI = "EVI";

    private final List<LearnerRecord.Aim> aims;
    private final LearnerRecord.Aim programmeAim;
    private final List<LearnerRecord.Aim> subjectAims;
    private final List<LearnerRecord.Aim> eventAims;
    private final LocalDate start;
    private final RecordingRules recordingRules;
    private final LocalDate trainingEnd;
    private final boolean trainingCompleted;
    private final List<BootcampEvent> events;
    private final LearnerRecord.Aim latestEndingComponent;

    public BootcampProgramme(List<LearnerRecord.Aim> aims) {
        this.aims = aims.stream().sorted(Comparator.comparingInt(LearnerRecord.Aim::aimSeqNumber)).toList();
        programmeAim = this.aims.stream().filter(BootcampProgramme::isProgrammeAim).findFirst().orElse(null);
        subjectAims = this.aims.stream()
                .filter(aim -> !isProgrammeAim(aim) && EventAim.of(aim.learnAimRef()).isEmpty()).toList();
        eventAims = this.aims.stream().filter(aim -> EventAim.of(aim.learnAimRef()).isPresent()).toList();
        start = programmeAim != null && programmeAim.learnStartDate() != null ? programmeAim.learnStartDate()
                : this.aims.stream().map(LearnerRecord.Aim::learnStartDate).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null);
        recordingRules = RecordingRules.forProgrammeStart(start);
        trainingEnd = subjectAims.isEmpty() || subjectAims.stream().anyMatch(aim -> aim.learnActEndDate() == null)
                ? null
                : subjectAims.stream().map(LearnerRecord.Aim::learnActEndDate).max(Comparator.naturalOrder())
                        .orElseThrow();
        trainingCompleted = !subjectAims.isEmpty() && subjectAims.stream()
                .allMatch(aim -> aim.compStatus() == 2 && aim.learnActEndDate() != null);
        events = recordedEvents();
        latestEndingComponent = this.aims.stream()
                .filter(aim -> !isProgrammeAim(aim) && aim.learnActEndDate() != null)
                .max(Comparator.comparing(LearnerRecord.Aim::learnActEndDate)).orElse(null);
    }

    public List<LearnerRecord.Aim> aims() {
        return aims;
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
        return Optional.ofNullable(programmeAim);
    }

    /** The component aims that are not event aims: the bootcamp's subject learning aim(s). */
    public List<LearnerRecord.Aim> subjectAims() {
        return subjectAims;
    }

    public List<LearnerRecord.Aim> eventAims() {
        return eventAims;
    }

    /** The programme's start: ZPROG001's start date, else the earliest start of its aims. */
    public LocalDate start() {
        return start;
    }

    public RecordingRules recordingRules() {
        return recordingRules;
    }

    /** The day the training ended: the latest actual end date of the subject aims, once every one has ended. */
    public Optional<LocalDate> trainingEnd() {
        return Optional.ofNullable(trainingEnd);
    }

    /** The training was completed: every subject aim has CompStatus 2 and an actual end date. */
    public boolean trainingCompleted() {
        return trainingCompleted;
    }

    /**
     * The events recorded the way the programme's start year records them (event aims, or EVI FAMs with a DateFrom
     * on ZPROG001), earliest first.
     */
    public List<BootcampEvent> events() {
        return events;
    }

    /** The component aim (AimType 3) with the latest actual end date, if any has one. */
    public Optional<LearnerRecord.Aim> latestEndingComponent() {
        return Optional.ofNullable(latestEndingComponent);
    }

    private List<BootcampEvent> recordedEvents() {
        List<BootcampEvent> recorded = new ArrayList<>();
        if (recordingRules == RecordingRules.EVENT_AIMS) {
            for (LearnerRecord.Aim aim : eventAims) {
                LocalDate date = aim.learnStartDate() != null ? aim.learnStartDate() : aim.learnActEndDate();
                if (date != null) {
                    recorded.add(new BootcampEvent(date, EventAim.of(aim.learnAimRef()).orElseThrow(), null, aim));
                }
            }
        } else if (programmeAim != null && programmeAim.fams() != null) {
            programmeAim.fams().stream().filter(fam -> EVI.equals(fam.type()) && fam.dateFrom() != null)
                    .forEach(fam -> recorded.add(new BootcampEvent(fam.dateFrom(), null, fam.code(), programmeAim)));
        }
        recorded.sort(Comparator.comparing(BootcampEvent::date));
        return List.copyOf(recorded);
    }
}
