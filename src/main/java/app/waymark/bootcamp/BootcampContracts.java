package app.waymark.bootcamp;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.tenant.CurrentTenant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signed-in provider's Skills Bootcamp contracts, one per contract year (decision 0048). A year the provider has
 * not entered is paid on the DfE 2022-23/2023-24 terms ({@link MilestoneTerms#DFE_2022_TO_2024}) with no price.
 */
@Service
public class BootcampContracts {

    static final String READ = "hasAnyRole('" + Permission.LEARNER_VIEW + "', '" + Permission.USERS_MANAGE + "')";

    private static final BigDecimal MOST_PER_LEARNER = new BigDecimal("99999999.99");

    private final ContractQueries queries;
    private final AuditService audit;
    private final Clock clock;

    BootcampContracts(ContractQueries queries, AuditService audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contracts the provider has entered, by year. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<BootcampContract> stored() {
        return queries.all();
    }

    /** Every entered contract by year, for judging many learners: {@link Terms#forYear} fills in the defaults. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Terms terms() {
        Map<ContractYear, BootcampContract> byYear = new TreeMap<>();
        queries.all().forEach(contract -> byYear.put(contract.year(), contract));
        return new Terms(byYear);
    }

    /** The contract of a year: the provider's, or the DfE defaults. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public BootcampContract forYear(ContractYear year) {
        return terms().forYear(year);
    }

    /**
     * Enters or changes the contract of {@code contract.year()}. The terms were checked when they were made (shares
     * adding up to 100 and the periods); the price, when given, must be more than nothing.
     */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public void save(ContractYear year, MilestoneTerms terms, BigDecimal pricePerLearner) {
        if (pricePerLearner != null && (pricePerLearner.signum() <= 0 || pricePerLearner.scale() > 2
                || pricePerLearner.compareTo(MOST_PER_LEARNER) > 0)) {
            throw new InvalidInputException("pricePerLearner", "The price per learner must be an amount in pounds and"
                    + " pence more than £0 (for example 3500.00), or left empty; not " + pricePerLearner.toPlainString());
        }
        if (terms.qualifyingDays() > 365 || terms.qualifyingHours() > 1000
                || terms.outcomeDeadline().toTotalMonths() > 36 || terms.outcomeDeadline().getDays() != 0) {
            throw new InvalidInputException("qualifyingDays", "The qualifying period is at most 365 days or 1000"
                    + " hours, and the outcome deadline a whole number of months up to 36");
        }
        BootcampContract before = forYear(year);
        BootcampContract after = new BootcampContract(year, terms, pricePerLearner, true);
        queries.save(CurrentTenant.idOrNone(), after, clock.instant());
        audit.record(AuditEntry.of(AuditActions.BOOTCAMP_CONTRACT_CHANGED, "bootcamp-contract", year.label())
                .before(details(before)).after(details(after)));
    }

    /** Removes the provider's contract of a year: the year goes back to the DfE defaults. */
    @PreAuthorize("hasRole('" + Permission.USERS_MANAGE + "')")
    @Transactional
    public void remove(ContractYear year) {
        BootcampContract before = forYear(year);
        if (queries.delete(year) > 0) {
            audit.record(AuditEntry.of(AuditActions.BOOTCAMP_CONTRACT_CHANGED, "bootcamp-contract", year.label())
                    .before(details(before)).after(details(BootcampContract.defaultFor(year))));
        }
    }

    private static Map<String, Object> details(BootcampContract contract) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entered", contract.stored());
        for (Milestone milestone : Milestone.values()) {
            MilestoneDefinition definition = contract.terms().definition(milestone);
            details.put(milestone.code(), definition.name() + " " + definition.sharePercent().toPlainString() + "%");
        }
        details.put("qualifyingDays", contract.terms().qualifyingDays());
        details.put("qualifyingHours", contract.terms().qualifyingHours());
        details.put("outcomeDeadlineMonths", contract.terms().outcomeDeadline().toTotalMonths());
        details.put("pricePerLearner", contract.pricePerLearner() == null ? "" : contract.pricePerLearner()
                .toPlainString());
        return details;
    }

    /** The provider's contracts at one moment, answering for any year. */
    public record Terms(Map<ContractYear, BootcampContract> entered) {

        public Terms {
            entered = Map.copyOf(entered);
        }

        public BootcampContract forYear(ContractYear year) {
            BootcampContract contract = entered.get(year);
            return contract != null ? contract : BootcampContract.defaultFor(year);
        }
    }
}
