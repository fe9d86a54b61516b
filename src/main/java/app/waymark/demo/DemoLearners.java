package app.waymark.demo;

import app.waymark.base.ui.UkFormats;
import app.waymark.destination.LearnerSurveys;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportReport;
import app.waymark.ilr.reader.IlrYear;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A few hundred made-up learners per demo tenant, loaded through the real ILR import, plus a few learners who asked
 * not to be surveyed, and Skills Bootcamp learners coded as in issue 15's forum thread ({@link BootcampCodings}). Only when the tenant has never imported a file. The file is the current ILR year's, and its
 * learners' dates are built from 1 August two years before that year, so whenever the demo starts its learners
 * started and left (or carry on) as recently as in any other year: the demo never ages.
 */
@Component
class DemoLearners {

    static final int LEARNERS = 300;

    /** Learners start in the 200 days from this many years before the current ILR year begins. */
    static final int YEARS_OF_HISTORY = 2;

    private final IlrImportService imports;
    private final LearnerService learners;
    private final Clock clock;

    DemoLearners(IlrImportService imports, LearnerService learners, Clock clock) {
        this.imports = imports;
        this.learners = learners;
        this.clock = clock;
    }

    /** Runs in the tenant's context, as an actor allowed to import. */
    void ensure(String ukprn, long seed) {
        if (!imports.history(1).isEmpty()) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("waymark-demo-", ".xml");
            LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK));
            IlrYear year = IlrYear.containing(today).orElse(IlrYear.newest());
            SyntheticIlrFile.write(file, ukprn, year, year.firstDay().minusYears(YEARS_OF_HISTORY), today, LEARNERS,
                    seed, true);
            ImportReport report = imports.importFile(file, "ILR-" + ukprn + "-" + year.shortCode() + "-demo.xml",
                    progress -> {
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
            learners.suppress(learner.id(), SuppressionChannel.ALL, LearnerSurveys.SUPPRESSION_PURPOSE,
                    "Asked not to be surveyed (demo data)");
        }
    }

    /**
     * Imports a file holding only the Skills Bootcamp learners, as the MIS returns them after staff keyed in what
     * Waymark listed: a real import, which marks the recorded events it now holds as in the MIS.
     */
    void importBootcampLearnersAgain(String ukprn) {
        Path file = null;
        try {
            file = Files.createTempFile("waymark-demo-bootcamps-", ".xml");
            LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK));
            IlrYear year = IlrYear.containing(today).orElse(IlrYear.newest());
            SyntheticIlrFile.write(file, ukprn, year, year.firstDay().minusYears(YEARS_OF_HISTORY), today, 0, 0,
                    true);
            ImportReport report = imports.importFile(file, "ILR-" + ukprn + "-" + year.shortCode()
                    + "-bootcamps.xml", progress -> {
            });
            if (report.status() != IlrImportStatus.APPLIED) {
                throw new IllegalStateException("Demo bootcamp ILR file was not imported: " + report.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteIfPresent(file);
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
