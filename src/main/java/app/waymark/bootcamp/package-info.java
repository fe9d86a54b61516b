/**
 * Skills Bootcamps (FundModel 37, ProgType 32): which milestone payments a learner's ILR coding triggers, and for
 * each one that it does not, the rule that blocks it and the fix in the learner's own dates (decision 0047).
 * {@link app.waymark.bootcamp.BootcampEvaluator} evaluates one programme ({@link app.waymark.bootcamp.BootcampProgramme})
 * under the provider's {@link app.waymark.bootcamp.MilestoneTerms}; every rule is a
 * {@link app.waymark.bootcamp.BootcampRule} with its source. Plain Java: no Spring, no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Skills Bootcamps")
package app.waymark.bootcamp;
