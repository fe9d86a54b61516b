package app.waymark.ilr.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with a {@link RejectedInputException} as soon as more than {@code limit} bytes have been read. */
final class ByteLimitInputStream extends FilterInputStream {

    private final long limit;
    private final String message;
    private long count;

    ByteLimitInputStream(InputStream in, long limit, String message) {
        super(in);
        this.limit = limit;
        this.message = message;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws RejectedInputException {
        count += n;
        if (count > limit) {
            throw new RejectedInputException(0, message);
        }
    }
}
