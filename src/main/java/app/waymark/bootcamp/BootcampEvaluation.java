package app.waymark.bootcamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The verdicts on M1, M2 and M3 for one programme, the year rule set used, every rule the coding breaks, and the
 * guided learning hours counted towards M1 (recorded in Waymark within the programme's training).
 */
public record BootcampEvaluation(RecordingRules rules, LocalDate programmeStart, List<MilestoneVerdict> milestones,
                                 List<RuleBreach> breaches, BigDecimal guidedHours) {

    public BootcampEvaluation {
        milestones = List.copyOf(milestones);
        breaches = List.copyOf(breaches);
    }

    public MilestoneVerdict verdict(Milestone milestone) {
        return milestones.stream().filter(verdict -> verdict.milestone() == milestone).findFirst().orElseThrow();
    }

    /** The payments the coding triggers: the evidenced milestones' values; null when no price is set. */
    public BigDecimal expectedPayment() {
        if (milestones.stream().anyMatch(verdict -> verdict.value() == null)) {
            return null;
        }
        return milestones.stream().filter(verdict -> verdict.verdict() == Verdict.EVIDENCED)
                .map(MilestoneVerdict::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
