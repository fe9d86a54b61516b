package app.waymark.demo;

import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportReport;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.learner.SuppressionChannel;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A few hundred made-up learners per demo tenant, loaded through the real ILR import, plus a few learners who asked
 * not to be surveyed. Only when the tenant has never imported a file.
 */
@Component
class DemoLearners {

    static final int LEARNERS = 300;

    private final IlrImportService imports;
    private final LearnerService learners;

    DemoLearners(IlrImportService imports, LearnerService learners) {
        this.imports = imports;
        this.learners = learners;
    }

    /** Runs in the tenant's context, as an actor allowed to import. */
    void ensure(String ukprn, long seed) {
        if (!imports.history(1).isEmpty()) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("waymark-demo-", ".xml");
            SyntheticIlrFile.write(file, ukprn, SyntheticIlrFile.Year.Y2024_25, LEARNERS, seed);
            ImportReport report = imports.importFile(file, "ILR-" + ukprn + "-2425-demo.xml", progress -> {
            });
            if (report.status() != IlrImportStatus.APPLIED) {
                throw new IllegalStateException("Demo ILR file was not imported: " + report.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteIfPresent(file);
        }
        List<LearnerSummary> unsubscribed = learners.find(LearnerFilter.none(), 0, 3, Sort.by("learnRefNumber"));
        for (LearnerSummary learner : unsubscribed) {
            learners.suppress(learner.id(), SuppressionChannel.ALL, "DESTINATION_SURVEY",
                    "Asked not to be surveyed (demo data)");
        }
    }

    private static void deleteIfPresent(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
