package app.waymark.tracker;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans each list query for the provider it is for. One provider may have 200,000 trackers and the next 200;
 * after five runs pgjdbc prepares statements on the server and PostgreSQL may settle on one generic plan made for
 * an average provider (decision 0014 found the same for the destination report).
 */
@Component
class CustomPlans {

    private final JdbcTemplate jdbc;

    CustomPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void customForThisTransaction() {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }
}
