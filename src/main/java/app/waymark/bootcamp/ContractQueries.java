package app.waymark.bootcamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** The SQL of the provider's contracts ({@code bootcamp_contract}, release 0029). */
@Component
class ContractQueries {

    private final JdbcTemplate jdbc;

    ContractQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<BootcampContract> all() {
        return jdbc.query("""
                select contract_year, start_name, start_share, completion_name, completion_share, outcome_name,
                       outcome_share, qualifying_days, qualifying_hours, outcome_deadline_months, price_per_learner
                from bootcamp_contract order by contract_year""", (row, n) -> contract(row));
    }

    void save(UUID tenantId, BootcampContract contract, Instant now) {
        MilestoneTerms terms = contract.terms();
        jdbc.update("""
                insert into bootcamp_contract (tenant_id, id, contract_year, start_name, start_share, completion_name,
                    completion_share, outcome_name, outcome_share, qualifying_days, qualifying_hours,
                    outcome_deadline_months, price_per_learner, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, contract_year) do update set start_name = excluded.start_name,
                    start_share = excluded.start_share, completion_name = excluded.completion_name,
                    completion_share = excluded.completion_share, outcome_name = excluded.outcome_name,
                    outcome_share = excluded.outcome_share, qualifying_days = excluded.qualifying_days,
                    qualifying_hours = excluded.qualifying_hours,
                    outcome_deadline_months = excluded.outcome_deadline_months,
                    price_per_learner = excluded.price_per_learner, updated_at = excluded.updated_at""",
                tenantId, UUID.randomUUID(), contract.year().label(),
                terms.definition(Milestone.START).name().trim(), terms.definition(Milestone.START).sharePercent(),
                terms.definition(Milestone.COMPLETION).name().trim(),
                terms.definition(Milestone.COMPLETION).sharePercent(),
                terms.definition(Milestone.OUTCOME).name().trim(), terms.definition(Milestone.OUTCOME).sharePercent(),
                terms.qualifyingDays(), terms.qualifyingHours(), terms.outcomeDeadline().toTotalMonths(),
                contract.pricePerLearner(), Timestamp.from(now));
    }

    int delete(ContractYear year) {
        return jdbc.update("delete from bootcamp_contract where contract_year = ?", year.label());
    }

    private static BootcampContract contract(ResultSet row) throws SQLException {
        MilestoneTerms terms = new MilestoneTerms(List.of(
                new MilestoneDefinition(Milestone.START, row.getString(2), row.getBigDecimal(3)),
                new MilestoneDefinition(Milestone.COMPLETION, row.getString(4), row.getBigDecimal(5)),
                new MilestoneDefinition(Milestone.OUTCOME, row.getString(6), row.getBigDecimal(7))),
                row.getInt(8), row.getInt(9), Period.ofMonths(row.getInt(10)));
        BigDecimal price = row.getBigDecimal(11);
        return new BootcampContract(ContractYear.parse(row.getString(1)), terms, price, true);
    }
}
