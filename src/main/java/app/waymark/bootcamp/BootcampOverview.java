package app.waymark.bootcamp;

import app.waymark.base.security.Permission;
import app.waymark.base.ui.UkFormats;
import app.waymark.learner.LearnerAims;
import app.waymark.learner.LearnerRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in provider's Skills Bootcamp learners judged today under their contracts: what {@code /bootcamps},
 * its exports and the learner page's Bootcamp tab show. Reads the learners' aims through the learner module's
 * {@link LearnerAims} and leaves the rules to {@link BootcampEvaluator}.
 */
@Service
public class BootcampOverview {

    private final LearnerAims aims;
    private final BootcampContracts contracts;
    private final HoursQueries hours;
    private final Clock clock;

    BootcampOverview(LearnerAims aims, BootcampContracts contracts, HoursQueries hours, Clock clock) {
        this.aims = aims;
        this.contracts = contracts;
        this.hours = hours;
        this.clock = clock;
    }

    /** Every bootcamp programme of the provider's learners, judged today. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public Overview overview() {
        LocalDate asOf = today();
        BootcampContracts.Terms terms = contracts.terms();
        Map<UUID, List<GuidedHours>> hoursByLearner = hours.byLearner();
        // The rules are pure and each learner is judged alone: the judging uses every core, in learner order.
        List<LearnerProgramme> programmes = aims.inProgramme(BootcampProgramme.FUND_MODEL, BootcampProgramme.PROG_TYPE)
                .parallelStream()
                .flatMap(learner -> {
                    List<LearnerProgramme> judged = new ArrayList<>(1);
                    judge(learner.learnerId(), learner.learnRefNumber(), name(learner), learner.aims(),
                            hoursByLearner.getOrDefault(learner.learnerId(), List.of()), terms, asOf, judged);
                    return judged.stream();
                })
                .toList();
        return Overview.of(asOf, programmes);
    }

    /** One learner's bootcamp programmes (none when the learner has no bootcamp aims), judged today. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<LearnerProgramme> forLearner(UUID learnerId) {
        List<LearnerProgramme> programmes = new ArrayList<>();
        List<GuidedHours> recorded = hours.ofLearner(learnerId).stream().map(RecordedHours::asInput).toList();
        judge(learnerId, null, null, aims.aimsOf(learnerId), recorded, contracts.terms(), today(), programmes);
        return programmes;
    }

    /**
     * Judges every programme among {@code learnerAims} under the contract of the year it started, with the learner's
     * recorded guided learning hours (each programme counts those within its own training).
     */
    static void judge(UUID learnerId, String learnRefNumber, String name, List<LearnerRecord.Aim> learnerAims,
                      List<GuidedHours> guidedHours, BootcampContracts.Terms terms, LocalDate asOf,
                      List<LearnerProgramme> into) {
        for (BootcampProgramme programme : BootcampProgramme.programmesOf(learnerAims)) {
            ContractYear year = ContractYear.containing(programme.start() == null ? asOf : programme.start());
            BootcampContract contract = terms.forYear(year);
            BootcampEvaluation evaluation = BootcampEvaluator.evaluate(programme, guidedHours, contract.terms(),
                    contract.pricePerLearner(), asOf);
            into.add(new LearnerProgramme(learnerId, learnRefNumber, name, programme, contract, evaluation));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK));
    }

    private static String name(LearnerAims.LearnerWithAims learner) {
        String given = learner.givenNames() == null ? "" : learner.givenNames();
        String family = learner.familyName() == null ? "" : learner.familyName();
        return (given + " " + family).trim();
    }

    /** One bootcamp programme of one learner, the contract it is paid under and the verdicts. */
    public record LearnerProgramme(UUID learnerId, String learnRefNumber, String name, BootcampProgramme programme,
                                   BootcampContract contract, BootcampEvaluation evaluation) {
    }

    /** A rule that blocks at least one milestone of a learner's programme, and the milestones it blocks. */
    public record BlockedRow(LearnerProgramme learner, RuleBreach breach, List<Milestone> blocks) {
    }

    /** How many programmes have each verdict on a milestone, and what the evidenced ones are expected to pay. */
    public record MilestoneCount(Milestone milestone, int evidenced, int blocked, int notYetDue, BigDecimal expected) {
    }

    /**
     * The programmes, the counts per milestone, the expected payments (of the programmes whose contract has a
     * price; {@code unpriced} says how many have none) and the blocked list.
     */
    public record Overview(LocalDate asOf, List<LearnerProgramme> programmes, List<MilestoneCount> counts,
                           BigDecimal expectedTotal, int unpriced, List<BlockedRow> blocked) {

        static Overview of(LocalDate asOf, List<LearnerProgramme> programmes) {
            Map<Milestone, int[]> tally = new EnumMap<>(Milestone.class);
            Map<Milestone, BigDecimal> money = new EnumMap<>(Milestone.class);
            for (Milestone milestone : Milestone.values()) {
                tally.put(milestone, new int[3]);
                money.put(milestone, BigDecimal.ZERO);
            }
            int unpriced = 0;
            List<BlockedRow> blocked = new ArrayList<>();
            for (LearnerProgramme learner : programmes) {
                if (learner.contract().pricePerLearner() == null) {
                    unpriced++;
                }
                for (MilestoneVerdict verdict : learner.evaluation().milestones()) {
                    tally.get(verdict.milestone())[verdict.verdict().ordinal()]++;
                    if (verdict.verdict() == Verdict.EVIDENCED && verdict.value() != null) {
                        money.merge(verdict.milestone(), verdict.value(), BigDecimal::add);
                    }
                }
                for (RuleBreach breach : learner.evaluation().breaches()) {
                    List<Milestone> blocks = learner.evaluation().milestones().stream()
                            .filter(verdict -> verdict.verdict() == Verdict.BLOCKED
                                    && verdict.blockers().contains(breach))
                            .map(MilestoneVerdict::milestone).toList();
                    if (!blocks.isEmpty()) {
                        blocked.add(new BlockedRow(learner, breach, blocks));
                    }
                }
            }
            List<MilestoneCount> counts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Milestone milestone : Milestone.values()) {
                int[] each = tally.get(milestone);
                counts.add(new MilestoneCount(milestone, each[Verdict.EVIDENCED.ordinal()],
                        each[Verdict.BLOCKED.ordinal()], each[Verdict.NOT_YET_DUE.ordinal()], money.get(milestone)));
                total = total.add(money.get(milestone));
            }
            return new Overview(asOf, List.copyOf(programmes), List.copyOf(counts), total, unpriced,
                    List.copyOf(blocked));
        }

        /** The blocked list, of one rule or (null) of every rule. */
        public List<BlockedRow> blocked(BootcampRule rule) {
            return rule == null ? blocked : blocked.stream().filter(row -> row.breach().rule() == rule).toList();
        }

        public MilestoneCount count(Milestone milestone) {
            return counts.stream().filter(count -> count.milestone() == milestone).findFirst().orElseThrow();
        }
    }
}
