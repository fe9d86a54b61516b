package app.waymark.demo;

import app.waymark.bootcamp.BootcampContracts;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.BootcampProgramme;
import app.waymark.bootcamp.EventKind;
import app.waymark.learner.LearnerAims;
import app.waymark.bootcamp.ContractYear;
import app.waymark.bootcamp.Milestone;
import app.waymark.bootcamp.MilestoneDefinition;
import app.waymark.bootcamp.MilestoneTerms;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.time.Period;
import java.util.List;

/**
 * The demo provider's Skills Bootcamp contracts, entered as an admin would on the contracts page: 2024-25 on the DfE
 * terms with a price, 2025-26 with different shares, to show that contracts differ. Other years use the defaults.
 */
@Component
class DemoBootcamps {

    private final BootcampContracts contracts;
    private final BootcampEvents events;
    private final LearnerAims learners;
    private final DemoLearners demoLearners;

    DemoBootcamps(BootcampContracts contracts, BootcampEvents events, LearnerAims learners,
                  DemoLearners demoLearners) {
        this.contracts = contracts;
        this.events = events;
        this.learners = learners;
        this.demoLearners = demoLearners;
    }

    /** Runs in the tenant's context, as an actor allowed to manage settings; only when none was entered. */
    void ensure(String ukprn) {
        if (!contracts.stored().isEmpty()) {
            return;
        }
        enterContracts();
        recordEvents(ukprn);
    }

    /**
     * Two events recorded as staff would on the Bootcamp tab: the helpdesk learner's interview offer, waiting for
     * ZPROG001's completion to be keyed in; the interview offer the "coding that worked" learner's MIS already
     * holds, marked in the MIS by a real import of the bootcamp learners.
     */
    private void recordEvents(String ukprn) {
        events.record(learnerId("BCHELPDESK1"), EventKind.INTERVIEW_OFFER, LocalDate.of(2022, 12, 20), null,
                "Offer letter from the employer, emailed to the tutor");
        events.record(learnerId("BCWORKED1"), EventKind.INTERVIEW_OFFER, LocalDate.of(2023, 2, 25), null, null);
        demoLearners.importBootcampLearnersAgain(ukprn);
    }

    private UUID learnerId(String learnRefNumber) {
        return learners.inProgramme(BootcampProgramme.FUND_MODEL, BootcampProgramme.PROG_TYPE).stream()
                .filter(learner -> learner.learnRefNumber().equals(learnRefNumber)).findFirst().orElseThrow()
                .learnerId();
    }

    private void enterContracts() {
        contracts.save(ContractYear.parse("2024-25"), MilestoneTerms.DFE_2022_TO_2024, new BigDecimal("3000.00"));
        contracts.save(ContractYear.parse("2025-26"), new MilestoneTerms(List.of(
                new MilestoneDefinition(Milestone.START, "Start", BigDecimal.valueOf(40)),
                new MilestoneDefinition(Milestone.COMPLETION, "Completion", BigDecimal.valueOf(40)),
                new MilestoneDefinition(Milestone.OUTCOME, "Job outcome", BigDecimal.valueOf(20))), 5, 5,
                Period.ofMonths(6)), new BigDecimal("3200.00"));
    }
}
