package app.waymark.bootcamp.ui;

import app.waymark.base.io.SpreadsheetFiles;
import app.waymark.bootcamp.BootcampOverview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The blocked list as XLSX or CSV: a row per learner and blocking rule, with the guided learning hours counted
 * towards M1, the rule, why and the fix.
 */
final class BootcampExports {

    private BootcampExports() {
    }

    static void write(String kind, List<BootcampOverview.BlockedRow> rows, BootcampTexts texts, OutputStream out)
            throws IOException {
        List<String> headings = List.of(texts.text("bootcamps.page.learn-ref"), texts.text("bootcamps.page.learner"),
                texts.text("bootcamps.page.start"), texts.text("bootcamps.page.contract-year"),
                texts.text("bootcamps.page.guided-hours"), texts.text("bootcamps.page.blocks"),
                texts.text("bootcamps.page.rule"), texts.text("bootcamps.page.why"),
                texts.text("bootcamps.page.fix"));
        SpreadsheetFiles.Rows writeRows = writer -> {
            for (BootcampOverview.BlockedRow row : rows) {
                writer.write(List.of(row.learner().learnRefNumber(), row.learner().name(),
                        BootcampTexts.date(row.learner().evaluation().programmeStart()),
                        row.learner().contract().year().label(),
                        BootcampTexts.hours(row.learner().evaluation().guidedHours()), texts.milestones(row.blocks()),
                        texts.rule(row.breach().rule()), texts.text(row.breach().why()),
                        texts.text(row.breach().fix())));
            }
        };
        if ("xlsx".equals(kind)) {
            SpreadsheetFiles.writeXlsx(texts.text("bootcamps.export.sheet"), headings, writeRows, out);
        } else {
            SpreadsheetFiles.writeCsv(headings, writeRows, out);
        }
    }
}
