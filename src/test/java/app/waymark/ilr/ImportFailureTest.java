package app.waymark.ilr;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFailureTest {

    private final UUID reference = UUID.fromString("6f1c2a9e-0000-4000-8000-000000000001");

    @Test
    void a_connection_lost_under_a_failed_rollback_is_told_as_the_database_lost_with_the_reference() {
        var failure = new TransactionSystemException("Unable to rollback against JDBC Connection",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(ImportFailure.describe(failure, reference))
                .contains("the connection to the database was lost")
                .contains(reference.toString())
                .doesNotContain("I/O error", "rollback");
    }

    @Test
    void a_server_shutting_down_is_told_as_the_database_lost() {
        var failure = new RuntimeException(new SQLException("terminating connection due to administrator command",
                "57P01"));

        assertThat(ImportFailure.lostTheDatabase(failure)).isTrue();
    }

    @Test
    void any_other_error_is_told_as_unexpected_without_its_own_text() {
        var failure = new IllegalStateException("column learner.secret_field does not exist",
                new SQLException("syntax error", "42601"));

        assertThat(ImportFailure.describe(failure, reference))
                .isEqualTo("The import failed and nothing was changed, because of an unexpected error in Waymark. "
                        + "Import the file again; if it fails again, give Waymark support the reference "
                        + reference + ".");
    }
}
