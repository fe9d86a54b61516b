package app.waymark.bootcamp;

import app.waymark.base.Sentence;
import app.waymark.learner.LearnerRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static app.waymark.bootcamp.Situation.number;
import static app.waymark.bootcamp.Situation.uk;

/**
 * The rules on how the programme's aims are coded, whatever milestone is asked about: the programme's shape,
 * CompStatus, Outcome and dates, R138, R143 and the achievement date rules.
 */
final class CodingChecks {

    private static final Set<Integer> ENDED = Set.of(2, 3, 6);

    private CodingChecks() {
    }

    static List<RuleBreach> check(Situation situation) {
        List<RuleBreach> breaches = new ArrayList<>();
        shape(situation, breaches);
        for (LearnerRecord.Aim aim : situation.aims()) {
            actualEndDate(situation, aim, breaches);
            if (EventAim.of(aim.learnAimRef()).isEmpty()) {
                statusOutcome(situation, aim, breaches);
            }
            achievementDate(aim, breaches);
        }
        situation.programmeAim().ifPresent(programme -> {
            r138(situation, programme, breaches);
            r143(situation, programme, breaches);
            outcomeOneNeedsAchDate(situation, programme, breaches);
        });
        return breaches;
    }

    private static void shape(Situation situation, List<RuleBreach> breaches) {
        Optional<LearnerRecord.Aim> programme = situation.programmeAim();
        if (programme.isEmpty()) {
            LearnerRecord.Aim first = situation.aims().stream().filter(aim -> aim.learnStartDate() != null)
                    .min(Comparator.comparing(LearnerRecord.Aim::learnStartDate))
                    .orElse(situation.aims().getFirst());
            breaches.add(new RuleBreach(BootcampRule.PROGRAMME_AIM, Sentence.of("bootcamp.why.PROGRAMME_AIM.missing"),
                    Sentence.of("bootcamp.fix.PROGRAMME_AIM.missing", uk(first.learnStartDate()),
                            first.learnAimRef())));
        } else if (programme.get().aimType() != 1) {
            breaches.add(new RuleBreach(BootcampRule.PROGRAMME_AIM,
                    Sentence.of("bootcamp.why.PROGRAMME_AIM.type", String.valueOf(programme.get().aimType())),
                    Sentence.of("bootcamp.fix.PROGRAMME_AIM.type")));
        }
        for (LearnerRecord.Aim aim : situation.aims()) {
            if (aim.fundModel() != BootcampProgramme.FUND_MODEL
                    || !Objects.equals(aim.progType(), BootcampProgramme.PROG_TYPE)) {
                breaches.add(new RuleBreach(BootcampRule.FUNDING_CODES,
                        Sentence.of("bootcamp.why.FUNDING_CODES", seq(aim), aim.learnAimRef(),
                                String.valueOf(aim.fundModel()), number(aim.progType())),
                        Sentence.of("bootcamp.fix.FUNDING_CODES", seq(aim), aim.learnAimRef())));
            }
        }
        List<LearnerRecord.Aim> subjects = situation.programme().subjectAims();
        if (subjects.isEmpty()) {
            breaches.add(new RuleBreach(BootcampRule.SUBJECT_AIM, Sentence.of("bootcamp.why.SUBJECT_AIM.missing"),
                    Sentence.of("bootcamp.fix.SUBJECT_AIM.missing")));
        }
        subjects.stream().filter(aim -> aim.aimType() != 3).forEach(aim -> breaches.add(new RuleBreach(
                BootcampRule.SUBJECT_AIM,
                Sentence.of("bootcamp.why.SUBJECT_AIM.type", seq(aim), aim.learnAimRef(),
                        String.valueOf(aim.aimType())),
                Sentence.of("bootcamp.fix.SUBJECT_AIM.type", seq(aim), aim.learnAimRef()))));
    }

    private static void actualEndDate(Situation situation, LearnerRecord.Aim aim, List<RuleBreach> breaches) {
        if (ENDED.contains(aim.compStatus()) && aim.learnActEndDate() == null) {
            Sentence why = Sentence.of("bootcamp.why.ACTUAL_END_DATE.missing", seq(aim), aim.learnAimRef(),
                    String.valueOf(aim.compStatus()));
            Optional<Sentence> programmeEnd = BootcampProgramme.isProgrammeAim(aim) && aim.compStatus() == 2
                    ? situation.programmeEndFix(BootcampRule.ACTUAL_END_DATE, situation.countingEvent().orElse(null))
                    : Optional.empty();
            breaches.add(new RuleBreach(BootcampRule.ACTUAL_END_DATE, why, programmeEnd.orElseGet(() ->
                    Sentence.of("bootcamp.fix.ACTUAL_END_DATE.missing", seq(aim), aim.learnAimRef()))));
        } else if (aim.compStatus() == 1 && aim.learnActEndDate() != null) {
            breaches.add(new RuleBreach(BootcampRule.ACTUAL_END_DATE,
                    Sentence.of("bootcamp.why.ACTUAL_END_DATE.continuing", seq(aim), aim.learnAimRef(),
                            uk(aim.learnActEndDate())),
                    Sentence.of("bootcamp.fix.ACTUAL_END_DATE.continuing", seq(aim), aim.learnAimRef(),
                            uk(aim.learnActEndDate()))));
        }
    }

    private static void statusOutcome(Situation situation, LearnerRecord.Aim aim, List<RuleBreach> breaches) {
        Integer outcome = aim.outcome();
        if (Objects.equals(outcome, 2)) {
            breaches.add(new RuleBreach(BootcampRule.STATUS_OUTCOME,
                    Sentence.of("bootcamp.why.STATUS_OUTCOME.partial", seq(aim), aim.learnAimRef()),
                    partialAchievementFix(situation, aim)));
            return;
        }
        boolean allowed = switch (aim.compStatus()) {
            case 1 -> outcome == null || outcome == 8;
            case 2 -> outcome != null && (outcome == 1 || outcome == 3 || outcome == 8);
            case 3, 6 -> outcome != null && (outcome == 3 || outcome == 8);
            default -> false;
        };
        if (!allowed) {
            breaches.add(new RuleBreach(BootcampRule.STATUS_OUTCOME,
                    Sentence.of("bootcamp.why.STATUS_OUTCOME.combination", seq(aim), aim.learnAimRef(),
                            String.valueOf(aim.compStatus()), number(outcome)),
                    Sentence.of("bootcamp.fix.STATUS_OUTCOME.combination", seq(aim), aim.learnAimRef())));
        }
    }

    /**
     * Outcome 2 on the programme aim (the seed thread's last question): 3 once the outcome deadline has passed
     * without a positive outcome (the thread's last reply), 8 while one may still come.
     */
    private static Sentence partialAchievementFix(Situation situation, LearnerRecord.Aim aim) {
        if (!BootcampProgramme.isProgrammeAim(aim)) {
            return Sentence.of("bootcamp.fix.STATUS_OUTCOME.partial-component", seq(aim), aim.learnAimRef());
        }
        Optional<LocalDate> deadline = situation.outcomeDeadline();
        if (deadline.isEmpty()) {
            return Sentence.of("bootcamp.fix.STATUS_OUTCOME.partial-training");
        }
        String trainingEnd = uk(situation.programme().trainingEnd().orElseThrow());
        return situation.asOf().isAfter(deadline.get())
                ? Sentence.of("bootcamp.fix.STATUS_OUTCOME.partial-no-outcome", uk(deadline.get()), trainingEnd)
                : Sentence.of("bootcamp.fix.STATUS_OUTCOME.partial-awaiting", uk(deadline.get()), trainingEnd);
    }

    private static void achievementDate(LearnerRecord.Aim aim, List<RuleBreach> breaches) {
        if (aim.achDate() == null) {
            return;
        }
        if (aim.compStatus() != 2 || !Objects.equals(aim.outcome(), 1)) {
            breaches.add(new RuleBreach(BootcampRule.ACH_DATE_ONLY_WHEN_ACHIEVED,
                    Sentence.of("bootcamp.why.ACH_DATE_ONLY_WHEN_ACHIEVED", seq(aim), aim.learnAimRef(),
                            uk(aim.achDate()), String.valueOf(aim.compStatus()), number(aim.outcome())),
                    Sentence.of("bootcamp.fix.ACH_DATE_ONLY_WHEN_ACHIEVED", seq(aim), aim.learnAimRef(),
                            uk(aim.achDate()))));
        }
        if (aim.learnActEndDate() != null
                && aim.achDate().isAfter(aim.learnActEndDate().plus(Situation.ACH_DATE_PERIOD))) {
            String latest = uk(aim.learnActEndDate().plus(Situation.ACH_DATE_PERIOD));
            breaches.add(new RuleBreach(BootcampRule.ACH_DATE_WITHIN_SIX_MONTHS,
                    Sentence.of("bootcamp.why.ACH_DATE_WITHIN_SIX_MONTHS", seq(aim), aim.learnAimRef(),
                            uk(aim.achDate()), latest, uk(aim.learnActEndDate())),
                    Sentence.of("bootcamp.fix.ACH_DATE_WITHIN_SIX_MONTHS", seq(aim), aim.learnAimRef(), latest)));
        }
    }

    /** R138, read so that a programme closed with Outcome 3 (no event within 6 months) does not break it. */
    private static void r138(Situation situation, LearnerRecord.Aim programme, List<RuleBreach> breaches) {
        if (programme.compStatus() == 2 && !Objects.equals(programme.outcome(), 3) && programme.achDate() == null
                && situation.programme().events().isEmpty()) {
            String by = uk(situation.eventWindowEnd().orElse(programme.learnActEndDate() == null ? null
                    : programme.learnActEndDate().plus(Situation.EVENT_PERIOD)));
            breaches.add(new RuleBreach(BootcampRule.R138,
                    Sentence.of("bootcamp.why.R138." + situation.rules().name()),
                    Sentence.of("bootcamp.fix.R138." + situation.rules().name(), by)));
        }
    }

    private static void r143(Situation situation, LearnerRecord.Aim programme, List<RuleBreach> breaches) {
        Optional<LearnerRecord.Aim> latest = situation.programme().latestEndingComponent();
        if (programme.learnActEndDate() != null && latest.isPresent()
                && latest.get().learnActEndDate().isAfter(programme.learnActEndDate())) {
            LearnerRecord.Aim component = latest.get();
            breaches.add(new RuleBreach(BootcampRule.R143,
                    Sentence.of("bootcamp.why.R143", uk(programme.learnActEndDate()), seq(component),
                            component.learnAimRef(), uk(component.learnActEndDate())),
                    Sentence.of("bootcamp.fix.R143", uk(component.learnActEndDate()), seq(component),
                            component.learnAimRef())));
        }
    }

    private static void outcomeOneNeedsAchDate(Situation situation, LearnerRecord.Aim programme,
                                               List<RuleBreach> breaches) {
        if (Objects.equals(programme.outcome(), 1) && programme.achDate() == null) {
            Sentence fix = situation.outcomeDeadline()
                    .map(deadline -> Sentence.of("bootcamp.fix.ACH_DATE_WITH_OUTCOME_1", uk(deadline)))
                    .orElseGet(() -> Sentence.of("bootcamp.fix.ACH_DATE_WITH_OUTCOME_1.open"));
            breaches.add(new RuleBreach(BootcampRule.ACH_DATE_WITH_OUTCOME_1,
                    Sentence.of("bootcamp.why.ACH_DATE_WITH_OUTCOME_1"), fix));
        }
    }

    static String seq(LearnerRecord.Aim aim) {
        return String.valueOf(aim.aimSeqNumber());
    }
}
