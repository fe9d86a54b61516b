package app.waymark.bootcamp;

import app.waymark.base.Sentence;
import app.waymark.learner.LearnerRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static app.waymark.bootcamp.CodingChecks.seq;
import static app.waymark.bootcamp.Situation.uk;

/**
 * What each milestone needs beyond a valid coding: M1 the qualifying days or guided learning hours, M2 the training
 * completed, an event within 6 months and ZPROG001 completed, M3 a positive outcome within the contract's deadline.
 */
final class MilestoneConditions {

    private MilestoneConditions() {
    }

    /**
     * M1: {@code qualifyingDays} days in learning, counted from the programme's start to the end of the training (or
     * today), both days in; or {@code qualifyingHours} guided learning hours recorded in that span (a contract with 0
     * hours counts days only). Triggered on the day the first of the two is met.
     */
    static Progress start(Situation situation) {
        LocalDate start = situation.programme().start();
        if (start == null) {
            return Progress.waiting(null);
        }
        if (start.isAfter(situation.asOf())) {
            return Progress.waiting(Sentence.of("bootcamp.note.START.future", uk(start)));
        }
        int qualifyingDays = situation.terms().qualifyingDays();
        int qualifyingHours = situation.terms().qualifyingHours();
        LocalDate qualifiesOn = start.plusDays(qualifyingDays - 1L);
        Optional<LocalDate> trainingEnd = situation.programme().trainingEnd();
        LocalDate lastDay = trainingEnd.orElse(situation.asOf());
        Optional<LocalDate> byDays = lastDay.isBefore(qualifiesOn) ? Optional.empty() : Optional.of(qualifiesOn);
        Optional<LocalDate> byHours = qualifyingHours > 0 ? situation.hoursReachedOn(qualifyingHours)
                : Optional.empty();
        String hours = GuidedHours.format(situation.countedHoursTotal());
        if (byHours.isPresent() && (byDays.isEmpty() || byHours.get().isBefore(byDays.get()))) {
            LocalDate reached = byHours.get();
            BigDecimal byThen = situation.countedHours().stream().filter(each -> !each.deliveredOn().isAfter(reached))
                    .map(GuidedHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Progress.reached(reached, byDays.isEmpty()
                    ? Sentence.of("bootcamp.evidenced.START.hours", GuidedHours.format(byThen), uk(start), uk(reached),
                            String.valueOf(qualifyingHours))
                    : Sentence.of("bootcamp.evidenced.START.hours-then-days", GuidedHours.format(byThen), uk(start),
                            uk(reached), String.valueOf(qualifyingHours), String.valueOf(qualifyingDays),
                            uk(byDays.get())));
        }
        if (byDays.isPresent()) {
            return Progress.reached(qualifiesOn, Sentence.of("bootcamp.evidenced.START.days",
                    String.valueOf(qualifyingDays), uk(start), uk(qualifiesOn)));
        }
        if (trainingEnd.isPresent()) {
            long days = Math.max(ChronoUnit.DAYS.between(start, lastDay) + 1, 0);
            if (qualifyingHours == 0) {
                return Progress.unmet(new RuleBreach(BootcampRule.QUALIFYING_PERIOD,
                        Sentence.of("bootcamp.why.QUALIFYING_PERIOD", String.valueOf(qualifyingDays),
                                String.valueOf(days), uk(start), uk(lastDay)),
                        Sentence.of("bootcamp.fix.QUALIFYING_PERIOD", uk(qualifiesOn))));
            }
            BigDecimal hoursShort = BigDecimal.valueOf(qualifyingHours).subtract(situation.countedHoursTotal());
            return Progress.unmet(new RuleBreach(BootcampRule.QUALIFYING_PERIOD,
                    Sentence.of("bootcamp.why.QUALIFYING_PERIOD.days-or-hours", String.valueOf(qualifyingDays),
                            String.valueOf(qualifyingHours), String.valueOf(days), uk(start), uk(lastDay),
                            String.valueOf(qualifyingDays - days), hours, GuidedHours.format(hoursShort)),
                    Sentence.of("bootcamp.fix.QUALIFYING_PERIOD.days-or-hours", uk(qualifiesOn),
                            String.valueOf(qualifyingHours), uk(lastDay))));
        }
        return qualifyingHours == 0
                ? Progress.waiting(Sentence.of("bootcamp.note.START.counting", uk(qualifiesOn),
                        String.valueOf(qualifyingDays)))
                : Progress.waiting(Sentence.of("bootcamp.note.START.counting-hours", uk(qualifiesOn),
                        String.valueOf(qualifyingDays), String.valueOf(qualifyingHours), hours));
    }

    static Progress completion(Situation situation) {
        BootcampProgramme programme = situation.programme();
        if (!programme.trainingCompleted()) {
            return trainingNotCompleted(situation);
        }
        LocalDate trainingEnd = programme.trainingEnd().orElseThrow();
        LocalDate windowEnd = situation.eventWindowEnd().orElseThrow();
        Optional<BootcampEvent> event = situation.countingEvent();
        if (event.isEmpty()) {
            List<BootcampEvent> late = programme.events();
            if (!late.isEmpty()) {
                return Progress.unmet(new RuleBreach(BootcampRule.NO_EVENT_WITHIN_SIX_MONTHS,
                        Sentence.of("bootcamp.why.NO_EVENT_WITHIN_SIX_MONTHS.late", uk(late.getFirst().date()),
                                uk(trainingEnd), uk(windowEnd)),
                        noEventFix(situation, trainingEnd, windowEnd)));
            }
            if (situation.asOf().isAfter(windowEnd)) {
                return Progress.unmet(new RuleBreach(BootcampRule.NO_EVENT_WITHIN_SIX_MONTHS,
                        Sentence.of("bootcamp.why.NO_EVENT_WITHIN_SIX_MONTHS", uk(trainingEnd), uk(windowEnd)),
                        noEventFix(situation, trainingEnd, windowEnd)));
            }
            return Progress.waiting(Sentence.of("bootcamp.note.COMPLETION.event." + situation.rules().name(),
                    uk(windowEnd)));
        }
        Optional<LearnerRecord.Aim> programmeAim = situation.programmeAim();
        if (programmeAim.isEmpty() || programmeAim.get().compStatus() == 2
                && programmeAim.get().learnActEndDate() == null) {
            return Progress.waiting(null);
        }
        LearnerRecord.Aim zprog = programmeAim.get();
        if (zprog.compStatus() != 2) {
            Sentence why = zprog.learnActEndDate() == null
                    ? Sentence.of("bootcamp.why.PROGRAMME_COMPLETED.open", String.valueOf(zprog.compStatus()))
                    : Sentence.of("bootcamp.why.PROGRAMME_COMPLETED.status", String.valueOf(zprog.compStatus()));
            return Progress.unmet(new RuleBreach(BootcampRule.PROGRAMME_COMPLETED, why,
                    situation.programmeEndFix(BootcampRule.PROGRAMME_COMPLETED, event.get()).orElseThrow()));
        }
        LocalDate eventDate = event.get().date();
        return Progress.reached(eventDate.isAfter(trainingEnd) ? eventDate : trainingEnd);
    }

    private static Progress trainingNotCompleted(Situation situation) {
        List<LearnerRecord.Aim> subjects = situation.programme().subjectAims();
        boolean stillOpen = subjects.stream().anyMatch(aim -> aim.compStatus() == 1 || aim.compStatus() == 6);
        Optional<LearnerRecord.Aim> withdrawn = subjects.stream()
                .filter(aim -> aim.compStatus() == 3 && aim.learnActEndDate() != null).findFirst();
        if (withdrawn.isPresent() && !stillOpen) {
            LearnerRecord.Aim aim = withdrawn.get();
            return Progress.unmet(new RuleBreach(BootcampRule.TRAINING_COMPLETED,
                    Sentence.of("bootcamp.why.TRAINING_COMPLETED", seq(aim), aim.learnAimRef(),
                            uk(aim.learnActEndDate())),
                    Sentence.of("bootcamp.fix.TRAINING_COMPLETED", seq(aim), aim.learnAimRef())));
        }
        return Progress.waiting(situation.latestPlannedEnd()
                .map(plannedEnd -> Sentence.of("bootcamp.note.COMPLETION.training", uk(plannedEnd)))
                .orElseGet(() -> Sentence.of("bootcamp.note.COMPLETION.training-open")));
    }

    private static Sentence noEventFix(Situation situation, LocalDate trainingEnd, LocalDate windowEnd) {
        String rules = situation.rules().name();
        boolean closed = situation.programmeAim().filter(zprog -> zprog.compStatus() == 2
                && Objects.equals(zprog.outcome(), 3) && zprog.learnActEndDate() != null).isPresent();
        return closed
                ? Sentence.of("bootcamp.fix.NO_EVENT_WITHIN_SIX_MONTHS.closed." + rules, uk(windowEnd))
                : Sentence.of("bootcamp.fix.NO_EVENT_WITHIN_SIX_MONTHS.close." + rules, uk(trainingEnd),
                        uk(windowEnd));
    }

    /** M3: ZPROG001 Outcome 1 with its achievement date by the contract's outcome deadline. */
    static Progress outcome(Situation situation) {
        Optional<LearnerRecord.Aim> programmeAim = situation.programmeAim();
        Optional<LocalDate> deadline = situation.outcomeDeadline();
        if (programmeAim.isEmpty()) {
            return Progress.waiting(null);
        }
        if (deadline.isEmpty() || !situation.programme().trainingCompleted()) {
            return Progress.waiting(Sentence.of("bootcamp.note.OUTCOME.training"));
        }
        LearnerRecord.Aim zprog = programmeAim.get();
        String trainingEnd = uk(situation.programme().trainingEnd().orElseThrow());
        Integer outcome = zprog.outcome();
        if (Objects.equals(outcome, 1)) {
            if (zprog.achDate() == null) {
                return Progress.waiting(null);
            }
            if (zprog.achDate().isAfter(deadline.get())) {
                return Progress.unmet(new RuleBreach(BootcampRule.POSITIVE_OUTCOME,
                        Sentence.of("bootcamp.why.POSITIVE_OUTCOME.late", uk(zprog.achDate()), uk(deadline.get()),
                                trainingEnd),
                        Sentence.of("bootcamp.fix.POSITIVE_OUTCOME.late", uk(deadline.get()))));
            }
            if (situation.countingEvent().isEmpty()) {
                return Progress.waiting(Sentence.of("bootcamp.note.OUTCOME.event"));
            }
            return Progress.reached(zprog.achDate());
        }
        if (Objects.equals(outcome, 3)) {
            return Progress.unmet(new RuleBreach(BootcampRule.POSITIVE_OUTCOME,
                    Sentence.of("bootcamp.why.POSITIVE_OUTCOME.none"),
                    Sentence.of("bootcamp.fix.POSITIVE_OUTCOME.none", uk(deadline.get()))));
        }
        if (situation.asOf().isAfter(deadline.get())) {
            return Progress.unmet(new RuleBreach(BootcampRule.POSITIVE_OUTCOME,
                    Sentence.of("bootcamp.why.POSITIVE_OUTCOME.deadline", uk(deadline.get()), trainingEnd),
                    Sentence.of("bootcamp.fix.POSITIVE_OUTCOME.deadline", uk(deadline.get()))));
        }
        return Progress.waiting(Sentence.of("bootcamp.note.OUTCOME.awaiting", uk(deadline.get())));
    }
}
