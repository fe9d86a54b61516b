package app.waymark.learner;

import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Starts imports of learners into the current tenant. Learners are matched by LearnRefNumber; one whose import
 * fingerprint is unchanged is not written at all. Staged rows go to the real tables with plain SQL (row-level
 * security refuses {@code COPY} there, so rows are copied into temporary tables first).
 */
@Component
public class LearnerImportWriter {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final Clock clock;

    LearnerImportWriter(JdbcTemplate jdbc, DataSource dataSource, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /** A new import in the caller's transaction, which it must not outlive. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StagedLearnerImport begin() {
        return new StagedLearnerImport(jdbc, dataSource, new ImportRows(CurrentTenant.idOrNone(), json, clock),
                clock);
    }
}
