package app.waymark.ilr.reader;

import app.waymark.base.io.CountingInputStream;

import java.io.InputStream;
import java.util.function.IntConsumer;

/**
 * Tells {@code percentRead} the whole percent of the {@code expectedBytes} read so far, each time a read makes it
 * grow (never more than 100; nothing when the size is unknown). For progress only: nothing relies on the expected
 * size being true.
 */
final class PercentReadInputStream extends CountingInputStream {

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
    protected void counted(long n) {
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
