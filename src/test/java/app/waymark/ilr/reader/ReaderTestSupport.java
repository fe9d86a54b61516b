package app.waymark.ilr.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes test files and reads them back with the reader. */
abstract class ReaderTestSupport {

    static final String FILE_NAME = "ILR-10012345-2526-20250108-094401-01.xml";

    RecordingHandler handler = new RecordingHandler();

    IlrReadResult read(Path file) {
        return read(file, IlrLimits.defaults());
    }

    IlrReadResult read(Path file, IlrLimits limits) {
        return new IlrReader(limits).read(file, FILE_NAME, handler);
    }

    static Path write(Path dir, String xml) {
        return write(dir, xml.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, byte[] bytes) {
        try {
            return Files.write(dir.resolve(FILE_NAME), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result holds exactly one problem, and it is fatal for the file (no learner or field named). */
    static IlrProblem onlyFileProblem(IlrReadResult result) {
        assertThat(result.problems()).as("problems").hasSize(1);
        IlrProblem problem = result.problems().getFirst();
        assertThat(problem.learnRefNumber()).isNull();
        assertThat(problem.field()).isNull();
        return problem;
    }

    /** The result holds exactly one problem; returns it. */
    static IlrProblem onlyProblem(IlrReadResult result) {
        assertThat(result.problems()).as("problems").hasSize(1);
        return result.problems().getFirst();
    }

    /** The 1-based line of the first occurrence of {@code text} in {@code xml}. */
    static int lineOf(String xml, String text) {
        int index = xml.indexOf(text);
        assertThat(index).as("'%s' in the test file", text).isNotNegative();
        return (int) xml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    /** A valid ULN made from nine digits (first not 0) by adding the check digit; null when none exists. */
    static String ulnFrom(long nineDigits) {
        String digits = Long.toString(nineDigits);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder == 0 ? null : digits + (10 - remainder);
    }
}
