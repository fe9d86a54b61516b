package app.waymark.bootcamp;

import app.waymark.base.Sentence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One milestone of one learner: {@code triggerDate} when evidenced; {@code blockers} (every rule that blocks it,
 * each with its fix) when blocked; {@code note} (what it waits for) when not yet due, and for an evidenced M1 which
 * condition evidenced it (qualifying days or guided learning hours); null otherwise. {@code value} is the
 * milestone's share of the price per learner, null when no price is set.
 */
public record MilestoneVerdict(MilestoneDefinition definition, Verdict verdict, LocalDate triggerDate,
                               List<RuleBreach> blockers, Sentence note, BigDecimal value) {

    public MilestoneVerdict {
        blockers = List.copyOf(blockers);
    }

    public Milestone milestone() {
        return definition.milestone();
    }
}
