package app.waymark.base.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Fails with the exception {@code whenOver} gives as soon as more than {@code limit} bytes have been read, so a
 * reader never holds more than the limit plus one buffer. Every read after that fails the same way.
 */
public final class ByteLimitInputStream extends CountingInputStream {

    private final long limit;
    private final Supplier<? extends IOException> whenOver;
    private long count;

    public ByteLimitInputStream(InputStream in, long limit, Supplier<? extends IOException> whenOver) {
        super(in);
        this.limit = limit;
        this.whenOver = whenOver;
    }

    @Override
    protected void counted(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw whenOver.get();
        }
    }
}
