package app.waymark.destination;

import app.waymark.IntegrationTest;
import app.waymark.tenant.TenantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.ZoneId;

/** Base of the destination tests: each makes its own provider, so what it counts is exactly what it wrote. */
abstract class DestinationTest extends IntegrationTest {

    @Autowired
    protected TenantService tenants;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TransactionTemplate transactions;

    /** A new provider, with the caller acting with all of a provider's permissions. */
    protected DispatchTestTenant newProvider() {
        return DispatchTestTenant.create(tenants, jdbc, transactions);
    }

    /** Today in the UK, by the test clock. */
    protected LocalDate ukToday() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }
}
