package app.waymark.ilr.reader;

import app.waymark.base.io.ByteLimitInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Turns an uploaded .xml or .zip file into the checked byte stream the XML parser reads: size limits first, then
 * UTF-8 validation, then the markup size guard. Tells {@code percentRead} how much of it has been read.
 */
final class IlrInputOpener {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final IlrLimits limits;
    private final ZipEntryOpener zipEntryOpener;

    IlrInputOpener(IlrLimits limits) {
        this.limits = limits;
        this.zipEntryOpener = new ZipEntryOpener(limits);
    }

    /**
     * @throws RejectedInputException when the file is refused before parsing (too big, a bad zip)
     * @throws IOException            when the local file cannot be read
     */
    InputStream open(Path source, IntConsumer percentRead) throws IOException {
        long size = Files.size(source);
        if (size > limits.maxFileBytes()) {
            throw new RejectedInputException(0, String.format(Locale.ROOT,
                    "The file is %,d bytes, more than the limit of %,d bytes", size, limits.maxFileBytes()));
        }
        InputStream bytes = isZip(source)
                ? zipEntryOpener.open(source, size, percentRead)
                // the file may still grow while it is read
                : new ByteLimitInputStream(new PercentReadInputStream(Files.newInputStream(source), size, percentRead),
                limits.maxFileBytes(), () -> new RejectedInputException(0, String.format(Locale.ROOT,
                "The file grew beyond the limit of %,d bytes while it was read", limits.maxFileBytes())));
        return new MarkupSizeGuardInputStream(new Utf8ValidatingInputStream(bytes), limits.maxMarkupBytes());
    }

    private static boolean isZip(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }
}
