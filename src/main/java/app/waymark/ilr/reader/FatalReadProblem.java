package app.waymark.ilr.reader;

/** Stops reading a file: after this problem nothing further in it can be trusted or parsed. */
final class FatalReadProblem extends RuntimeException {

    private final int line;

    FatalReadProblem(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
