package app.waymark.bootcamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's Skills Bootcamp coding for the tests, aims by sequence number, and its evaluation with every sentence
 * rendered (so a missing text fails the test that meets it).
 */
final class Coding {

    /** The working coding's dates for each year rule set: programme start, end of training, event day. */
    record Dates(LocalDate start, LocalDate trainingEnd, LocalDate event) {
        static Dates of(RecordingRules rules) {
            return rules == RecordingRules.EVENT_AIMS
                    ? new Dates(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 16))
                    : new Dates(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 15));
        }
    }

    static final String SUBJECT = "Z0059758";
    static final String INTERVIEW_OFFER = "Z0059747";

    private final Map<Integer, Aims> aims = new TreeMap<>();

    Coding with(int seq, Aims aim) {
        aims.put(seq, aim);
        return this;
    }

    Coding without(int seq) {
        aims.remove(seq);
        return this;
    }

    Aims aim(int seq) {
        return aims.get(seq);
    }

    /**
     * The coding that earns M2 in the year: ZPROG001 2/8 ended on the event's day, the subject aim 2/1, and the
     * event as an event aim (aim 3, 2/1, equal dates) up to 2024-25 or as an EVI FAM on ZPROG001 from 2025-26.
     */
    static Coding working(RecordingRules rules) {
        Dates dates = Dates.of(rules);
        Coding coding = new Coding()
                .with(1, Aims.programme(1, dates.start(), dates.trainingEnd()).status(2, 8).ended(dates.event()))
                .with(2, Aims.component(2, SUBJECT, dates.start(), dates.trainingEnd()).status(2, 1)
                        .ended(dates.trainingEnd()));
        if (rules == RecordingRules.EVENT_AIMS) {
            coding.with(3, Aims.event(3, INTERVIEW_OFFER, dates.event()));
        } else {
            coding.aim(1).evi("1", dates.event());
        }
        return coding;
    }

    BootcampProgramme programme() {
        return new BootcampProgramme(aims.values().stream().map(Aims::build).toList());
    }

    Result evaluate(LocalDate asOf) {
        return evaluate(MilestoneTerms.DFE_2022_TO_2024, null, asOf);
    }

    Result evaluate(MilestoneTerms terms, BigDecimal price, LocalDate asOf) {
        return new Result(BootcampEvaluator.evaluate(programme(), terms, price, asOf));
    }

    /** Judged with guided learning hours recorded for the learner, on the DfE terms (5 days or 5 hours). */
    Result evaluate(List<GuidedHours> hours, LocalDate asOf) {
        return evaluate(hours, MilestoneTerms.DFE_2022_TO_2024, asOf);
    }

    Result evaluate(List<GuidedHours> hours, MilestoneTerms terms, LocalDate asOf) {
        return new Result(BootcampEvaluator.evaluate(programme(), hours, terms, null, asOf));
    }

    /** An evaluation read as the tests need it. */
    record Result(BootcampEvaluation evaluation) {

        Result {
            for (RuleBreach breach : evaluation.breaches()) {
                Texts.text(breach.why());
                Texts.text(breach.fix());
            }
            for (MilestoneVerdict verdict : evaluation.milestones()) {
                if (verdict.verdict() == Verdict.NOT_YET_DUE) {
                    assertThat(verdict.note()).as("what " + verdict.milestone() + " waits for").isNotNull();
                    Texts.text(verdict.note());
                }
                if (verdict.verdict() == Verdict.EVIDENCED && verdict.milestone() == Milestone.START) {
                    assertThat(verdict.note()).as("what evidenced the start").isNotNull();
                }
                if (verdict.note() != null) {
                    Texts.text(verdict.note());
                }
            }
        }

        Verdict verdict(Milestone milestone) {
            return evaluation.verdict(milestone).verdict();
        }

        LocalDate trigger(Milestone milestone) {
            return evaluation.verdict(milestone).triggerDate();
        }

        List<BootcampRule> blockers(Milestone milestone) {
            return evaluation.verdict(milestone).blockers().stream().map(RuleBreach::rule).toList();
        }

        List<String> fixes(Milestone milestone) {
            return evaluation.verdict(milestone).blockers().stream().map(breach -> Texts.text(breach.fix())).toList();
        }

        List<String> whys(Milestone milestone) {
            return evaluation.verdict(milestone).blockers().stream().map(breach -> Texts.text(breach.why())).toList();
        }

        String note(Milestone milestone) {
            return Texts.text(evaluation.verdict(milestone).note());
        }

        List<BootcampRule> broken() {
            return evaluation.breaches().stream().map(RuleBreach::rule).toList();
        }

        /** The fix of the one breach of {@code rule}. */
        String fix(BootcampRule rule) {
            List<RuleBreach> of = evaluation.breaches().stream().filter(breach -> breach.rule() == rule).toList();
            assertThat(of).as("breaches of " + rule).hasSize(1);
            return Texts.text(of.getFirst().fix());
        }

        String why(BootcampRule rule) {
            List<RuleBreach> of = evaluation.breaches().stream().filter(breach -> breach.rule() == rule).toList();
            assertThat(of).as("breaches of " + rule).hasSize(1);
            return Texts.text(of.getFirst().why());
        }
    }
}
