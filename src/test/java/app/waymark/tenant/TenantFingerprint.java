package app.waymark.tenant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A provider's data as a value to compare before and after: each tenant table's row count and a hash over its rows,
 * as the provider sees them (row security on). For tests that must show something changed nothing.
 */
public final class TenantFingerprint {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<String> tables;

    /** Over every table with a {@code tenant_id} but those {@code excluded}. */
    public TenantFingerprint(JdbcTemplate jdbc, TransactionTemplate transactions, Set<String> excluded) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tables = jdbc.queryForList("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
                order by c.table_name""", String.class).stream().filter(table -> !excluded.contains(table)).toList();
    }

    public List<String> tables() {
        return tables;
    }

    /** Table name to "count:hash". */
    public Map<String, String> of(UUID provider) {
        return TenantContext.callAs(provider, () -> transactions.execute(status -> {
            Map<String, String> fingerprint = new LinkedHashMap<>();
            for (String table : tables) {
                fingerprint.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(sum(hashtext(t::text)"
                        + "::bigint), 0) from " + table + " t", String.class));
            }
            return fingerprint;
        }));
    }

    /** The tables whose fingerprint differs. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
    }
}
