package app.waymark.bootcamp;

import java.math.BigDecimal;

/**
 * A provider's milestone terms for one contract year, and the price per learner when entered (null otherwise).
 * {@code stored} is false for a year the provider has not entered: then the terms are the DfE defaults.
 */
public record BootcampContract(ContractYear year, MilestoneTerms terms, BigDecimal pricePerLearner, boolean stored) {

    public static BootcampContract defaultFor(ContractYear year) {
        return new BootcampContract(year, MilestoneTerms.DFE_2022_TO_2024, null, false);
    }
}
