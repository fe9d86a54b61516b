package app.waymark.ilr.reader;

import java.io.IOException;

/**
 * Thrown from the byte streams under the XML parser when the input itself is unacceptable (too big, not UTF-8, a
 * damaged zip). It is an {@link IOException} so it can travel through the parser, which wraps it; the reader turns
 * it into an {@link IlrProblem} rather than an I/O failure.
 */
final class RejectedInputException extends IOException {

    private final int line;

    /** @param line the line the problem is on, or 0 when the stream cannot tell */
    RejectedInputException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
