package app.waymark.restart;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Each provider's DWP Restart settings: after how many working days a New monitoring tracker is overdue. */
@Service
public class RestartSettings {

    public static final int DEFAULT_OVERDUE_WORKING_DAYS = 5;

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;

    RestartSettings(JdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int overdueWorkingDays() {
        List<Integer> found = jdbc.queryForList("select overdue_working_days from restart_setting where tenant_id = ?",
                Integer.class, CurrentTenant.idOrNone());
        return found.isEmpty() ? DEFAULT_OVERDUE_WORKING_DAYS : found.getFirst();
    }

    @PreAuthorize(RestartAccess.SUPERVISE)
    @Transactional
    public void saveOverdueWorkingDays(int days) {
        if (days < 1 || days > 60) {
            throw new InvalidInputException("overdueWorkingDays", "Overdue after must be between 1 and 60 working days");
        }
        int before = overdueWorkingDays();
        jdbc.update("""
                insert into restart_setting (tenant_id, overdue_working_days, updated_at) values (?, ?, ?)
                on conflict (tenant_id) do update set overdue_working_days = excluded.overdue_working_days,
                    updated_at = excluded.updated_at""",
                CurrentTenant.idOrNone(), days, Timestamp.from(clock.instant()));
        audit.record(AuditEntry.of(AuditActions.RESTART_MONITORING_CHANGED, "restart-setting", "overdue-working-days")
                .before(Map.of("overdueWorkingDays", before)).after(Map.of("overdueWorkingDays", days)));
    }
}
