package app.waymark.tracker;

import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each provider's trackers are numbered 1, 2, 3...; the row lock serialises concurrent raises. */
@Component
class TrackerNumbers {

    private final JdbcTemplate jdbc;

    TrackerNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long next() {
        return jdbc.queryForObject("""
                insert into tracker_number (tenant_id, last_number) values (?, 1)
                on conflict (tenant_id) do update set last_number = tracker_number.last_number + 1
                returning last_number""", Long.class, CurrentTenant.idOrNone());
    }
}
