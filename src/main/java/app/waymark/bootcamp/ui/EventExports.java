package app.waymark.bootcamp.ui;

import app.waymark.base.io.SpreadsheetFiles;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.EventFragment;
import app.waymark.bootcamp.KeyInRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rows to key in for events waiting for the MIS, as an ILR XML fragment ({@link EventFragment}) or as CSV: a
 * line per ILR field, with the change it belongs to and the change in plain English (cells neutralised).
 */
final class EventExports {

    private EventExports() {
    }

    static Anchor download(String id, String kind, String fileStem, Supplier<List<BootcampEvents.LearnerEvents>> rows,
                           Supplier<LocalDate> today, BootcampTexts texts) {
        DownloadHandler handler = event -> {
            LocalDate day = today.get();
            event.setFileName(fileStem + "-" + day + "." + kind);
            event.setContentType("xml".equals(kind) ? "application/xml" : SpreadsheetFiles.CSV_TYPE);
            if ("xml".equals(kind)) {
                EventFragment.write(rows.get(), EventFragment.namespace(day), event.getOutputStream());
            } else {
                csv(rows.get(), texts, event.getOutputStream());
            }
        };
        Anchor anchor = new Anchor(handler, texts.text("bootcamps.events.export." + kind));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    static void csv(List<BootcampEvents.LearnerEvents> learners, BootcampTexts texts, OutputStream out)
            throws IOException {
        List<String> headings = List.of(texts.text("bootcamps.events.csv.learn-ref"),
                texts.text("bootcamps.events.csv.learner"), texts.text("bootcamps.events.csv.event"),
                texts.text("bootcamps.events.csv.date"), texts.text("bootcamps.events.csv.change"),
                texts.text("bootcamps.events.csv.aim-seq"), texts.text("bootcamps.events.csv.aim-ref"),
                texts.text("bootcamps.events.field"), texts.text("bootcamps.events.value"),
                texts.text("bootcamps.events.csv.meaning"));
        SpreadsheetFiles.writeCsv(headings, writer -> {
            for (BootcampEvents.LearnerEvents learner : learners) {
                for (BootcampEvents.LearnerEvent event : learner.events()) {
                    if (event.event().inMis()) {
                        continue;
                    }
                    for (KeyInRow row : event.rows()) {
                        for (KeyInRow.Field field : row.fields()) {
                            writer.write(List.of(learner.learnRefNumber(), learner.name(),
                                    texts.text("bootcamps.events.kind." + event.event().kind().name()),
                                    BootcampTexts.date(event.event().date()),
                                    texts.text("bootcamps.events.action." + row.action().name(),
                                            String.valueOf(row.aimSeqNumber()), row.learnAimRef()),
                                    String.valueOf(row.aimSeqNumber()), row.learnAimRef(), field.name(),
                                    field.value().isEmpty() ? texts.text("bootcamps.events.value.empty")
                                            : field.value(), texts.text(row.meaning())));
                        }
                    }
                }
            }
        }, out);
    }
}
