package app.waymark.ilr.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads ILR XML files (2023-24, 2024-25, 2025-26) as a stream in constant memory, checks every field the portal
 * uses and reports what is wrong as {@link IlrProblem}s. Safe against hostile files: no DTDs, no entities, bounded
 * sizes, nesting, text and zip expansion.
 *
 * <p>Learners are handed over while the file is read, so a file whose problems only show further on has already
 * handed over its earlier learners. Callers that write what they receive must therefore hold it back (e.g. staged
 * in their transaction) until the read has ended without problems.
 *
 * <p>Each call to {@link #read} is independent; an instance may be shared between threads.
 */
public final class IlrReader {

    private final IlrLimits limits;

    public IlrReader(IlrLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Streams the file: {@code source} is a Path to an .xml file, or a .zip holding exactly one .xml entry (a zip is
     * recognised by its first bytes, {@code PK\3\4}, not by its name). Calls {@code handler.header} once, then
     * {@code handler.learner} for every learner that has no problem of its own (a learner with problems is
     * reported, not handed over). When the header itself has a problem, nothing is handed over, but every learner
     * is still checked. Never throws for bad input: every problem, including unreadable and hostile files, becomes
     * an {@link IlrProblem}; a problem that makes the rest of the file unreadable (not well-formed XML, a limit
     * exceeded, a DOCTYPE) ends the read. Whatever the handler throws propagates unchanged.
     *
     * @param displayFileName the name problems refer to the file by, e.g. the name it was uploaded under
     * @throws UncheckedIOException only when the local file system fails (e.g. the file does not exist)
     */
    public IlrReadResult read(Path source, String displayFileName, IlrLearnerHandler handler) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(displayFileName, "displayFileName");
        Objects.requireNonNull(handler, "handler");
        ProblemCollector problems = new ProblemCollector(displayFileName, limits.maxProblems());
        IlrMessageParser parser = new IlrMessageParser(limits, problems, handler);
        try (InputStream xml = new IlrInputOpener(limits).open(source, handler::percentRead)) {
            parser.parse(xml);
        } catch (RejectedInputException refused) {
            problems.add(refused.line(), null, null, refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IlrReadResult(parser.header(), parser.learnerCount(), problems.problems(), problems.truncated());
    }
}
