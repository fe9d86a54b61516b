package app.waymark.restart;

import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each provider's participants (P-1, ...) and monitoring trackers (M-1, ...) are numbered; the row lock serialises. */
@Component
class RestartNumbers {

    enum Kind { PARTICIPANT, MONITORING }

    private final JdbcTemplate jdbc;

    RestartNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long next(Kind kind) {
        return jdbc.queryForObject("""
                insert into restart_number (tenant_id, kind, last_number) values (?, ?, 1)
                on conflict (tenant_id, kind) do update set last_number = restart_number.last_number + 1
                returning last_number""", Long.class, CurrentTenant.idOrNone(), kind.name());
    }
}
