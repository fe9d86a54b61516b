package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says, for one Skills Bootcamp programme on a given day, whether each milestone payment is evidenced (with its
 * trigger date), blocked (with every rule that blocks it and the fix) or not yet due. Pure: no Spring, no database,
 * so pages, exports and benchmarks call it directly for each learner.
 */
public final class BootcampEvaluator {

    private BootcampEvaluator() {
    }

    /** As {@link #evaluate(BootcampProgramme, List, MilestoneTerms, BigDecimal, LocalDate)} with no hours recorded. */
    public static BootcampEvaluation evaluate(BootcampProgramme programme, MilestoneTerms terms,
                                              BigDecimal pricePerLearner, LocalDate asOf) {
        return evaluate(programme, List.of(), terms, pricePerLearner, asOf);
    }

    /**
     * @param guidedHours     the guided learning hours recorded for the learner, any order: those delivered from the
     *                        programme's start to the end of its training count towards the start milestone
     * @param pricePerLearner the contract's price per learner, or null: then the verdicts carry no payment
     * @param asOf            the day to judge on (today): what is not yet due and which deadlines have passed
     */
    public static BootcampEvaluation evaluate(BootcampProgramme programme, List<GuidedHours> guidedHours,
                                              MilestoneTerms terms, BigDecimal pricePerLearner, LocalDate asOf) {
        Objects.requireNonNull(guidedHours, "guidedHours");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(asOf, "asOf");
        if (programme == null || programme.aims().isEmpty()) {
            throw new InvalidInputException("aims", "A Skills Bootcamp programme needs at least one aim");
        }
        Situation situation = new Situation(programme, terms, asOf, guidedHours);
        Map<Milestone, Progress> progress = new EnumMap<>(Milestone.class);
        progress.put(Milestone.START, MilestoneConditions.start(situation));
        progress.put(Milestone.COMPLETION, MilestoneConditions.completion(situation));
        progress.put(Milestone.OUTCOME, MilestoneConditions.outcome(situation));

        LinkedHashSet<RuleBreach> breaches = new LinkedHashSet<>(CodingChecks.check(situation));
        breaches.addAll(EventChecks.check(situation));
        progress.values().forEach(each -> breaches.addAll(each.unmet()));

        List<MilestoneVerdict> verdicts = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            List<RuleBreach> blockers = breaches.stream().filter(breach -> breach.rule().blocks(milestone)).toList();
            Progress reached = progress.get(milestone);
            MilestoneDefinition definition = terms.definition(milestone);
            BigDecimal value = terms.value(milestone, pricePerLearner);
            if (!blockers.isEmpty()) {
                verdicts.add(new MilestoneVerdict(definition, Verdict.BLOCKED, null, blockers, null, value));
            } else if (reached.isReached()) {
                verdicts.add(new MilestoneVerdict(definition, Verdict.EVIDENCED, reached.triggerDate(), List.of(),
                        reached.note(), value));
            } else {
                verdicts.add(new MilestoneVerdict(definition, Verdict.NOT_YET_DUE, null, List.of(),
                        reached.note(), value));
            }
        }
        return new BootcampEvaluation(programme.recordingRules(), programme.start(), verdicts,
                List.copyOf(breaches), situation.countedHoursTotal());
    }
}
