package app.waymark.ilr;

import app.waymark.IntegrationTest;
import app.waymark.demo.SyntheticIlrFile;
import app.waymark.ilr.reader.IlrYear;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ILR import whose database connection dies while it applies (what a PostgreSQL restart does: the bench cluster's
 * {@code bench/cluster-failures.sh pg}). The import's own connection is really terminated; that the recording of the
 * failure meets the same trouble is played by a trigger on {@code ilr_import} that refuses the FAILED row with the
 * error a restart gives ({@code 57P01}), for the first attempts or for all of them.
 */
class IlrImportDatabaseFailureTest extends IntegrationTest {

    private static final String RIVERSIDE_UKPRN = "10004567";

    @Autowired
    IlrImportService imports;
    @Autowired
    LearnerService learners;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @TempDir
    Path directory;

    private final String fileName = "restart-" + UUID.randomUUID() + ".xml";

    @AfterEach
    void dropTheRefusal() {
        asOwner(owner -> owner.execute("""
                drop trigger if exists ilr_import_refused_in_test on ilr_import;
                drop function if exists ilr_import_refused_in_test();
                drop sequence if exists ilr_import_refusals_in_test"""));
    }

    @Test
    void an_import_whose_connection_dies_while_applying_changes_nothing_and_is_recorded_as_failed_on_a_later_try() {
        signIn("mis@riverside.example");
        long learnersBefore = learners.count(LearnerFilter.none());
        refuseTheFailedRow(2);

        ImportReport report = importKillingItsConnectionWhileApplying();

        assertThat(report.status()).isEqualTo(IlrImportStatus.FAILED);
        assertThat(report.problems()).singleElement().extracting(ImportReport.Problem::message).asString()
                .isEqualTo("The import failed and nothing was changed, because the connection to the database was "
                        + "lost while it ran (for example during a database restart). Import the file again; if it "
                        + "fails again, give Waymark support the reference " + report.id() + ".");
        assertThat(learners.count(LearnerFilter.none())).isEqualTo(learnersBefore);
        assertThat(imports.history(20)).filteredOn(recorded -> recorded.fileName().equals(fileName))
                .extracting(ImportReport::status).containsExactly(IlrImportStatus.FAILED);
    }

    @Test
    void when_the_failure_cannot_be_recorded_at_all_the_caller_still_gets_the_failed_report() {
        signIn("mis@riverside.example");
        long learnersBefore = learners.count(LearnerFilter.none());
        refuseTheFailedRow(Integer.MAX_VALUE);
        List<ImportProgress> progress = new ArrayList<>();

        ImportReport report = imports.importFile(syntheticFile(), fileName, step -> {
            progress.add(step);
            killTheImportsConnectionOnceApplying(step);
        });

        assertThat(report.status()).isEqualTo(IlrImportStatus.FAILED);
        assertThat(report.problems()).singleElement().extracting(ImportReport.Problem::message).asString()
                .startsWith("The import failed and nothing was changed, because the connection to the database");
        assertThat(progress).last().extracting(ImportProgress::phase).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(learners.count(LearnerFilter.none())).isEqualTo(learnersBefore);
        assertThat(imports.history(20)).extracting(ImportReport::fileName).doesNotContain(fileName);
    }

    private ImportReport importKillingItsConnectionWhileApplying() {
        return imports.importFile(syntheticFile(), fileName, this::killTheImportsConnectionOnceApplying);
    }

    /** Runs on the importing thread, inside its transaction: the statement ends that transaction's own connection. */
    private void killTheImportsConnectionOnceApplying(ImportProgress step) {
        if (step.phase() == ImportProgress.Phase.APPLYING && step.done() == 1) {
            jdbc.queryForObject("select pg_terminate_backend(pg_backend_pid())", Boolean.class);
        }
    }

    private Path syntheticFile() {
        Path file = directory.resolve(fileName);
        SyntheticIlrFile.write(file, RIVERSIDE_UKPRN, IlrYear.Y2025_26, 40, fileName.hashCode());
        return file;
    }

    /** The first {@code times} inserts of this test's FAILED row fail as on a database that is restarting. */
    private void refuseTheFailedRow(int times) {
        asOwner(owner -> owner.execute("""
                create sequence ilr_import_refusals_in_test;
                create function ilr_import_refused_in_test() returns trigger language plpgsql security definer
                    set search_path = public as $$
                begin
                    if new.file_name = '%s' and new.status = 'FAILED'
                            and nextval('ilr_import_refusals_in_test') <= %d then
                        raise exception 'terminating connection due to administrator command'
                            using errcode = 'admin_shutdown';
                    end if;
                    return new;
                end $$;
                create trigger ilr_import_refused_in_test before insert on ilr_import
                    for each row execute function ilr_import_refused_in_test()""".formatted(fileName, times)));
    }

    private void asOwner(Consumer<JdbcTemplate> work) {
        SingleConnectionDataSource owner = new SingleConnectionDataSource(
                environment.getRequiredProperty("waymark.db.url"),
                environment.getRequiredProperty("waymark.db.owner-user"),
                environment.getRequiredProperty("waymark.db.owner-password"), true);
        try {
            work.accept(new JdbcTemplate(owner));
        } finally {
            owner.destroy();
        }
    }
}
