package app.waymark.bootcamp;

import java.math.BigDecimal;

/** One milestone as a contract names it and the share of the price per learner it pays, in percent. */
public record MilestoneDefinition(Milestone milestone, String name, BigDecimal sharePercent) {
}
