package app.waymark.ilr.reader;

import java.io.InputStream;

/** Fails with a {@link RejectedInputException} as soon as more than {@code limit} bytes have been read. */
final class ByteLimitInputStream extends CountingInputStream {

    private final long limit;
    private final String message;
    private long count;

    ByteLimitInputStream(InputStream in, long limit, String message) {
        super(in);
        this.limit = limit;
        this.message = message;
    }

    @Override
    void counted(long n) throws RejectedInputException {
        count += n;
        if (count > limit) {
            throw new RejectedInputException(0, message);
        }
    }
}
