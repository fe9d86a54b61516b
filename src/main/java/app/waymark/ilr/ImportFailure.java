package app.waymark.ilr;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.util.UUID;

/**
 * What an import that failed for a reason other than its file says to the person or MIS that sent it: whether the
 * database was lost, and a reference to the log entry, never the exception's own text (SQL, driver messages).
 */
final class ImportFailure {

    private ImportFailure() {
    }

    static String describe(RuntimeException failure, UUID reference) {
        String why = lostTheDatabase(failure)
                ? "the connection to the database was lost while it ran (for example during a database restart)"
                : "of an unexpected error in Waymark";
        return "The import failed and nothing was changed, because " + why + ". Import the file again; if it fails "
                + "again, give Waymark support the reference " + reference + ".";
    }

    /** A connection failure (SQLSTATE class 08) or the server shutting down (57P01-57P03), anywhere in the causes. */
    static boolean lostTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
