package app.waymark.demo;

import app.waymark.bootcamp.BootcampContracts;
import app.waymark.bootcamp.ContractYear;
import app.waymark.bootcamp.Milestone;
import app.waymark.bootcamp.MilestoneDefinition;
import app.waymark.bootcamp.MilestoneTerms;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

/**
 * The demo provider's Skills Bootcamp contracts, entered as an admin would on the contracts page: 2024-25 on the DfE
 * terms with a price, 2025-26 with different shares, to show that contracts differ. Other years use the defaults.
 */
@Component
class DemoBootcamps {

    private final BootcampContracts contracts;

    DemoBootcamps(BootcampContracts contracts) {
        this.contracts = contracts;
    }

    /** Runs in the tenant's context, as an actor allowed to manage settings; only when none was entered. */
    void ensure() {
        if (!contracts.stored().isEmpty()) {
            return;
        }
        contracts.save(ContractYear.parse("2024-25"), MilestoneTerms.DFE_2022_TO_2024, new BigDecimal("3000.00"));
        contracts.save(ContractYear.parse("2025-26"), new MilestoneTerms(List.of(
                new MilestoneDefinition(Milestone.START, "Start", BigDecimal.valueOf(40)),
                new MilestoneDefinition(Milestone.COMPLETION, "Completion", BigDecimal.valueOf(40)),
                new MilestoneDefinition(Milestone.OUTCOME, "Job outcome", BigDecimal.valueOf(20))), 5, 5,
                Period.ofMonths(6)), new BigDecimal("3200.00"));
    }
}
