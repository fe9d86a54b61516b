package app.waymark.ilr.reader;

import app.waymark.base.io.ByteLimitInputStream;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens the single .xml entry of a zipped ILR file. Uses the zip's central directory (not a streaming read) so a
 * second entry is found before anything is parsed. Uncompressed bytes are counted as they are read: the sizes an
 * entry declares are never trusted.
 */
final class ZipEntryOpener {

    private static final int NAMES_SHOWN = 5;
    private static final int NAME_LENGTH_SHOWN = 100;

    private final IlrLimits limits;

    ZipEntryOpener(IlrLimits limits) {
        this.limits = limits;
    }

    /**
     * The entry's bytes, within the limits; closing the stream closes the zip. {@code percentRead} hears progress
     * against the size the entry declares.
     */
    InputStream open(Path zipPath, long zipBytes, IntConsumer percentRead) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(zipPath.toFile());
        } catch (ZipException e) {
            throw new RejectedInputException(0, "The file looks like a zip file but cannot be opened as one: " + e.getMessage());
        }
        try {
            ZipEntry entry = singleXmlEntry(zip);
            InputStream entryBytes = new PercentReadInputStream(new DamagedZipAsProblem(zip.getInputStream(entry), zip),
                    entry.getSize(), percentRead);
            long ratioLimit = zipBytes > Long.MAX_VALUE / limits.maxCompressionRatio()
                    ? Long.MAX_VALUE : zipBytes * limits.maxCompressionRatio();
            InputStream sized = new ByteLimitInputStream(entryBytes, limits.maxUncompressedBytes(),
                    () -> new RejectedInputException(0, String.format(Locale.ROOT,
                            "The zip entry expands beyond the size limit of %,d bytes", limits.maxUncompressedBytes())));
            return new ByteLimitInputStream(sized, ratioLimit, () -> new RejectedInputException(0, String.format(
                    Locale.ROOT, "The zip entry expands beyond the compression ratio limit (%d times the zip's %,d bytes)",
                    limits.maxCompressionRatio(), zipBytes)));
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static ZipEntry singleXmlEntry(ZipFile zip) throws RejectedInputException {
        if (zip.size() != 1) {
            List<String> names = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && names.size() < NAMES_SHOWN) {
                names.add(shorten(entries.nextElement().getName()));
            }
            throw new RejectedInputException(0, String.format(Locale.ROOT,
                    "The zip file must hold exactly one .xml file, but it holds %d entries%s", zip.size(),
                    names.isEmpty() ? "" : ": " + String.join(", ", names) + (zip.size() > NAMES_SHOWN ? ", ..." : "")));
        }
        ZipEntry entry = zip.entries().nextElement();
        if (entry.isDirectory() || !entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            throw new RejectedInputException(0, "The zip file must hold one .xml file, but it holds '"
                    + shorten(entry.getName()) + "'");
        }
        return entry;
    }

    private static String shorten(String name) {
        return name.length() <= NAME_LENGTH_SHOWN ? name : name.substring(0, NAME_LENGTH_SHOWN) + "...";
    }

    /** Reports corrupt compressed data as a problem with the file, not as a failure of the local disk. */
    private static final class DamagedZipAsProblem extends FilterInputStream {

        private final ZipFile zip;

        DamagedZipAsProblem(InputStream in, ZipFile zip) {
            super(in);
            this.zip = zip;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                in.close();
            } finally {
                zip.close();
            }
        }

        private static RejectedInputException damaged(IOException e) {
            return new RejectedInputException(0, "The zip file is damaged: " + e.getMessage());
        }
    }
}
