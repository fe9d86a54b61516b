package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static app.waymark.ilr.reader.IlrXml.contactPreference;
import static app.waymark.ilr.reader.IlrXml.delivery;
import static app.waymark.ilr.reader.IlrXml.learner;
import static app.waymark.ilr.reader.IlrXml.message;
import static org.assertj.core.api.Assertions.assertThat;

/** Randomly damaged copies of a valid file (fixed seed, so failures reproduce) are reported, never thrown. */
class IlrReaderCorruptionTest extends ReaderTestSupport {

    private static final byte[] MARKUP = "<>&;\"']]!-?/=".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void damaged_copies_of_a_valid_file_always_come_back_as_a_result_never_an_exception() {
        byte[] valid = message(IlrYear.Y2024_25,
                learner("C1").with(contactPreference("RUI", "1"), delivery(1), delivery(2)).xml(),
                learner("C2", "1061484903").set("FamilyName", "Zoë O'Brien-Łukasz").xml(),
                learner("C3", "1061485810").with(delivery(1).set("CompStatus", "2").set("LearnActEndDate", "2025-01-31")).xml())
                .getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20250108);

        for (int i = 0; i < 600; i++) {
            byte[] damaged = damage(valid, i % 3, random);
            handler = new RecordingHandler();

            IlrReadResult result = read(write(dir, damaged));

            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(problem.fileName()).isEqualTo(FILE_NAME);
                assertThat(problem.message()).isNotBlank();
            });
            assertThat(handler.learners.size()).isLessThanOrEqualTo(result.learnerCount());
        }
    }

    private static byte[] damage(byte[] valid, int kind, Random random) {
        byte[] copy = valid.clone();
        switch (kind) {
            case 0 -> copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            case 1 -> copy = Arrays.copyOf(copy, random.nextInt(copy.length));
            default -> copy[random.nextInt(copy.length)] = MARKUP[random.nextInt(MARKUP.length)];
        }
        return copy;
    }
}
