package app.waymark.bootcamp;

import app.waymark.IntegrationTest;
import app.waymark.base.InvalidInputException;
import app.waymark.learner.LearnerAims;
import app.waymark.learner.LearnerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bootcamp learners' imported aims read in bulk through the learner module, judged under the provider's
 * contracts (release 0029): the demo's learners coded as in the forum thread get the thread's verdicts.
 */
class BootcampOverviewTest extends IntegrationTest {

    private static final ContractYear YEAR_2022_23 = ContractYear.parse("2022-23");

    @Autowired
    BootcampOverview overview;
    @Autowired
    BootcampContracts contracts;
    @Autowired
    LearnerAims learnerAims;

    @AfterEach
    void removeTheContractEntered() {
        signIn(RIVERSIDE_ADMIN);
        contracts.remove(YEAR_2022_23);
    }

    @Test
    void the_bulk_read_gives_each_bootcamp_learners_aims_with_dates_outcomes_and_fams() {
        signIn(NORTHFIELD_ADMIN);

        List<LearnerAims.LearnerWithAims> learners = learnerAims.inProgramme(37, 32);

        LearnerAims.LearnerWithAims evi = learners.stream()
                .filter(learner -> learner.learnRefNumber().equals("BCEVI2526")).findFirst().orElseThrow();
        assertThat(evi.givenNames()).isEqualTo("Sam");
        assertThat(evi.aims()).extracting(LearnerRecord.Aim::learnAimRef).containsExactly("ZPROG001", "Z0059758");
        LearnerRecord.Aim programme = evi.aims().getFirst();
        assertThat(programme.compStatus()).isEqualTo(2);
        assertThat(programme.outcome()).isEqualTo(8);
        assertThat(programme.learnActEndDate()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(programme.fams()).contains(new LearnerRecord.Fam("EVI", "1", LocalDate.of(2025, 12, 15), null));
        assertThat(learners).allSatisfy(learner -> assertThat(learner.aims())
                .allSatisfy(aim -> assertThat(aim.fundModel() == 37 || Integer.valueOf(32).equals(aim.progType()))
                        .isTrue()));
    }

    @Test
    void the_demo_learner_with_the_helpdesks_coding_is_blocked_on_completion_with_the_offer_date_fix() {
        signIn(NORTHFIELD_ADMIN);

        BootcampOverview.Overview all = overview.overview();

        BootcampOverview.BlockedRow row = all.blocked(BootcampRule.PROGRAMME_COMPLETED).stream()
                .filter(blocked -> blocked.learner().learnRefNumber().equals("BCHELPDESK1")).findFirst()
                .orElseThrow();
        assertThat(row.blocks()).containsExactly(Milestone.COMPLETION);
        assertThat(Texts.text(row.breach().fix())).isEqualTo("Set ZPROG001 completion status to 2 and its actual "
                + "end date to 20/12/2022, the date of the interview offer; leave the achievement date empty.");
        assertThat(programme(all, "BCWORKED1").evaluation().verdict(Milestone.COMPLETION).verdict())
                .isEqualTo(Verdict.EVIDENCED);
        assertThat(programme(all, "BCOUTCOME2").evaluation().verdict(Milestone.COMPLETION).blockers())
                .extracting(RuleBreach::rule).containsExactly(BootcampRule.STATUS_OUTCOME);
        BootcampOverview.LearnerProgramme evi = programme(all, "BCEVI2526");
        assertThat(evi.evaluation().rules()).isEqualTo(RecordingRules.EVI_FAM);
        assertThat(evi.evaluation().verdict(Milestone.COMPLETION).verdict()).isEqualTo(Verdict.EVIDENCED);
        assertThat(programme(all, "BCACHIEVED1").evaluation().milestones())
                .allSatisfy(verdict -> assertThat(verdict.verdict()).isEqualTo(Verdict.EVIDENCED));
        assertThat(programme(all, "BCLEARNING1").evaluation().verdict(Milestone.COMPLETION).verdict())
                .isEqualTo(Verdict.NOT_YET_DUE);
        MilestoneVerdict shortStart = programme(all, "BCWITHDREW1").evaluation().verdict(Milestone.START);
        assertThat(shortStart.verdict()).as("3 days in learning, 6.5 guided learning hours recorded")
                .isEqualTo(Verdict.EVIDENCED);
        assertThat(Texts.text(shortStart.note())).startsWith("5.5 guided learning hours recorded from");
        for (Milestone milestone : Milestone.values()) {
            BootcampOverview.MilestoneCount count = all.count(milestone);
            assertThat(count.evidenced() + count.blocked() + count.notYetDue()).isEqualTo(all.programmes().size());
        }
    }

    @Test
    void a_year_without_a_contract_is_judged_on_the_dfe_terms_without_a_price() {
        signIn(RIVERSIDE_ADMIN);

        BootcampContract contract = contracts.forYear(YEAR_2022_23);

        assertThat(contract.stored()).isFalse();
        assertThat(contract.terms()).isEqualTo(MilestoneTerms.DFE_2022_TO_2024);
        assertThat(contract.pricePerLearner()).isNull();
        assertThat(programme(overview.overview(), "BCWORKED1").evaluation().expectedPayment()).isNull();
    }

    @Test
    void a_contract_with_a_price_gives_each_learner_and_the_total_their_expected_payments() {
        signIn(RIVERSIDE_ADMIN);
        BootcampOverview.Overview before = overview.overview();

        contracts.save(YEAR_2022_23, MilestoneTerms.DFE_2022_TO_2024, new BigDecimal("1000.00"));

        BootcampOverview.Overview after = overview.overview();
        BootcampOverview.LearnerProgramme worked = programme(after, "BCWORKED1");
        assertThat(worked.contract().stored()).isTrue();
        assertThat(worked.evaluation().verdict(Milestone.START).value()).isEqualByComparingTo("450.00");
        assertThat(worked.evaluation().expectedPayment()).isEqualByComparingTo("800.00");
        BigDecimal helpdesk = programme(after, "BCHELPDESK1").evaluation().expectedPayment();
        assertThat(helpdesk).isEqualByComparingTo("450.00");
        BigDecimal paidUnder2022To23 = after.programmes().stream()
                .filter(programme -> programme.contract().year().equals(YEAR_2022_23))
                .map(programme -> programme.evaluation().expectedPayment()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(after.expectedTotal().subtract(before.expectedTotal())).isEqualByComparingTo(paidUnder2022To23);
        assertThat(paidUnder2022To23).isGreaterThanOrEqualTo(new BigDecimal("1250.00"));
        assertThat(contracts.stored()).extracting(BootcampContract::year).contains(YEAR_2022_23);
    }

    @Test
    void shares_that_do_not_add_up_to_100_are_refused_and_nothing_is_saved() {
        signIn(RIVERSIDE_ADMIN);

        assertThatThrownBy(() -> contracts.save(YEAR_2022_23, new MilestoneTerms(List.of(
                new MilestoneDefinition(Milestone.START, "Start", BigDecimal.valueOf(50)),
                new MilestoneDefinition(Milestone.COMPLETION, "Completion", BigDecimal.valueOf(35)),
                new MilestoneDefinition(Milestone.OUTCOME, "Outcome", BigDecimal.valueOf(20))), 5, 5,
                Period.ofMonths(6)), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must add up to 100%, not 105%");
        assertThatThrownBy(() -> contracts.save(YEAR_2022_23, MilestoneTerms.DFE_2022_TO_2024,
                new BigDecimal("-5")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("price per learner");

        assertThat(contracts.forYear(YEAR_2022_23).stored()).isFalse();
    }

    private static BootcampOverview.LearnerProgramme programme(BootcampOverview.Overview all, String ref) {
        return all.programmes().stream().filter(p -> ref.equals(p.learnRefNumber())).findFirst().orElseThrow();
    }
}
