package app.waymark.ilr.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

/**
 * Tells {@code percentRead} the whole percent of the {@code expectedBytes} read so far, each time a read makes it
 * grow (never more than 100; nothing when the size is unknown). For progress only: nothing relies on the expected
 * size being true.
 */
final class PercentReadInputStream extends FilterInputStream {

    private final long expectedBytes;
    private final IntConsumer percentRead;
    private long count;
    private int percent;

    PercentReadInputStream(InputStream in, long expectedBytes, IntConsumer percentRead) {
        super(in);
        this.expectedBytes = expectedBytes;
        this.percentRead = percentRead;
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
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) {
        count += n;
        if (expectedBytes <= 0) {
            return;
        }
        int now = (int) Math.min(100, count * 100 / expectedBytes);
        if (now > percent) {
            percent = now;
            percentRead.accept(now);
        }
    }
}
