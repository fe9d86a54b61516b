package app.waymark.ilr.reader;

/** Counts lines in a byte stream the way XML does: LF, CR LF and a lone CR each end a line. */
final class LineCounter {

    private int line = 1;
    private boolean afterCarriageReturn;

    void accept(int b) {
        if (b == '\n') {
            if (!afterCarriageReturn) {
                line++;
            }
            afterCarriageReturn = false;
        } else if (b == '\r') {
            line++;
            afterCarriageReturn = true;
        } else {
            afterCarriageReturn = false;
        }
    }

    int line() {
        return line;
    }
}
