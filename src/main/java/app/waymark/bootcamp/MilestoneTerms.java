package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A contract's milestone terms: the three milestones with their names and shares of the price per learner, the
 * qualifying period of the start milestone (days in learning, or guided learning hours), and how long after the end
 * of the training a positive outcome still counts for the outcome milestone. Contracts differ, so these are an input
 * (a later step stores them per provider and contract year); {@link #DFE_2022_TO_2024} holds the DfE defaults.
 */
public record MilestoneTerms(List<MilestoneDefinition> milestones, int qualifyingDays, int qualifyingHours,
                             Period outcomeDeadline) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** DfE Skills Bootcamps 2022-23 and 2023-24: 45% start (5 days or 5 hours), 35% completion, 20% outcome. */
    public static final MilestoneTerms DFE_2022_TO_2024 = new MilestoneTerms(List.of(
            new MilestoneDefinition(Milestone.START, "Start", BigDecimal.valueOf(45)),
            new MilestoneDefinition(Milestone.COMPLETION, "Completion", BigDecimal.valueOf(35)),
            new MilestoneDefinition(Milestone.OUTCOME, "Outcome", BigDecimal.valueOf(20))), 5, 5, Period.ofMonths(6));

    public MilestoneTerms {
        milestones = List.copyOf(milestones);
        Set<Milestone> named = EnumSet.noneOf(Milestone.class);
        BigDecimal total = BigDecimal.ZERO;
        for (MilestoneDefinition definition : milestones) {
            if (!named.add(definition.milestone())) {
                throw new InvalidInputException("milestones", definition.milestone().code() + " is defined twice");
            }
            if (definition.name() == null || definition.name().isBlank()) {
                throw new InvalidInputException("milestones", definition.milestone().code() + " needs a name");
            }
            if (definition.sharePercent().signum() < 0 || definition.sharePercent().compareTo(HUNDRED) > 0) {
                throw new InvalidInputException("milestones", "The share of " + definition.milestone().code()
                        + " must be between 0 and 100%, not " + definition.sharePercent().toPlainString() + "%");
            }
            total = total.add(definition.sharePercent());
        }
        if (named.size() != Milestone.values().length) {
            throw new InvalidInputException("milestones", "M1, M2 and M3 must each be defined once");
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidInputException("milestones",
                    "The shares of M1, M2 and M3 must add up to 100%, not " + total.toPlainString() + "%");
        }
        if (qualifyingDays < 1) {
            throw new InvalidInputException("qualifyingDays", "The qualifying period must be at least 1 day");
        }
        if (qualifyingHours < 0) {
            throw new InvalidInputException("qualifyingHours", "Qualifying hours cannot be negative");
        }
        if (outcomeDeadline == null || outcomeDeadline.isNegative() || outcomeDeadline.isZero()) {
            throw new InvalidInputException("outcomeDeadline", "The outcome deadline must be a positive period");
        }
    }

    public MilestoneDefinition definition(Milestone milestone) {
        return milestones.stream().filter(definition -> definition.milestone() == milestone).findFirst()
                .orElseThrow();
    }

    /** The milestone's payment: its share of the price per learner, rounded to the penny; null when there is no price. */
    public BigDecimal value(Milestone milestone, BigDecimal pricePerLearner) {
        if (pricePerLearner == null) {
            return null;
        }
        return pricePerLearner.multiply(definition(milestone).sharePercent())
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
