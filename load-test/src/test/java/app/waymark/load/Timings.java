package app.waymark.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the users waited for, one line per page start (its HTML, init and first UIDL message together) or UIDL
 * round trip, kept so the benchmark can take percentiles by kind; Gatling 3.15 keeps its own figures only in its
 * binary log and HTML report.
 */
final class Timings {

    /**
     * A page start is also recorded by its three parts (HTML, init, first UIDL message), to see which one grows. The
     * survey's send is a UIDL round trip of its own kind: it writes the learner's destination, the others do not.
     */
    enum Kind { PAGE_START, PAGE_PART, UIDL_ROUND_TRIP, SURVEY_SEND }

    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();

    private Timings() {
    }

    static void record(Kind kind, String step, long millis) {
        LINES.add(kind + "," + step + "," + millis);
    }

    static void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("kind,step,millis");
        lines.addAll(LINES);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
