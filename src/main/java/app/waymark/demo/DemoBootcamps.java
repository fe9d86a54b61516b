package app.waymark.demo;

import app.waymark.bootcamp.BootcampContracts;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.BootcampHours;
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
 * Also the events and guided learning hours staff would record on learners' Bootcamp tabs, through the services.
 */
@Component
class DemoBootcamps {

    private final BootcampContracts contracts;
    private final BootcampEvents events;
    private final BootcampHours hours;
    private final LearnerAims learners;
    private final DemoLearners demoLearners;

    DemoBootcamps(BootcampContracts contracts, BootcampEvents events, BootcampHours hours, LearnerAims learners,
                  DemoLearners demoLearners) {
        this.contracts = contracts;
        this.events = events;
        this.hours = hours;
        this.learners = learners;
        this.demoLearners = demoLearners;
    }

    /** Runs in the tenant's context, as an actor allowed to manage settings; only when none was entered. */
    void ensure(String ukprn) {
        if (contracts.stored().isEmpty()) {
            enterContracts();
            recordEvents(ukprn);
        }
        recordHoursIfNone();
    }

    /**
     * The guided learning hours of the learner who withdrew on the third day, recorded as staff would on the Bootcamp
     * tab: 6.5 hours in 3 days, so the start payment is evidenced by hours where the days fall short.
     */
    private void recordHoursIfNone() {
        UUID learner = learnerId("BCWITHDREW1");
        if (!hours.forLearner(learner).isEmpty()) {
            return;
        }
        LocalDate start = learners.inProgramme(BootcampProgramme.FUND_MODEL, BootcampProgramme.PROG_TYPE).stream()
                .filter(each -> each.learnerId().equals(learner)).findFirst().orElseThrow().aims().stream()
                .filter(aim -> BootcampProgramme.PROGRAMME_AIM.equals(aim.learnAimRef())).findFirst().orElseThrow()
                .learnStartDate();
        hours.record(learner, start, new BigDecimal("3"), "Induction and first workshop");
        hours.record(learner, start.plusDays(1), new BigDecimal("2.5"), null);
        hours.record(learner, start.plusDays(2), new BigDecimal("1"), "Left after the morning session");
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
