package app.waymark.base.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Hands the number of bytes of every read (or skip) to {@link #counted}, for limits and progress. */
public abstract class CountingInputStream extends FilterInputStream {

    protected CountingInputStream(InputStream in) {
        super(in);
    }

    /** Called after {@code n} more bytes (at least one) have passed. */
    protected abstract void counted(long n) throws IOException;

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
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
