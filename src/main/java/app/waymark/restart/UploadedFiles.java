package app.waymark.restart;

import app.waymark.base.InvalidInputException;
import app.waymark.base.io.FileType;
import app.waymark.base.io.UploadNames;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * What staff may upload as DMA paperwork or evidence: a PDF, Word (.docx), PNG or JPEG file of at most 10 MB, its
 * type told by its bytes, never by its name or the browser's content type. So a program renamed {@code form.pdf}, a
 * plain ZIP or a macro-enabled document renamed {@code .docx}, an old binary {@code .doc} and a zip bomb dressed as a
 * Word document are all refused, with a message naming the file.
 * <p>
 * A .docx is a ZIP, so it is walked before it is accepted, counting the bytes actually inflated (the sizes the ZIP
 * declares are never trusted) and stopping at the first cap passed, so a bomb is never inflated in full:
 * <ul>
 *   <li>at most {@value #MAX_PARTS} parts (entries);</li>
 *   <li>at most {@value #MAX_EXPANDED_MB} MB inflated for all parts together, five times the largest upload: Word
 *       documents compress text some 5-10 times, and pictures hardly at all;</li>
 *   <li>no part inflating to more than {@value #MAX_RATIO} times its compressed bytes once past
 *       {@value #RATIO_FREE_BYTES} bytes (small parts of repeated markup legitimately compress further).</li>
 * </ul>
 * The part limit and the ratio rule are Apache POI's defaults ({@code ZipSecureFile}), so a document accepted here
 * also opens in POI. Part names must stay inside the document (no {@code ..}, no absolute or drive paths) and must
 * not repeat (part names ignore case); parts must be stored or deflated, the only methods Word writes, and match their
 * checksums (CRC-32), so a document damaged on the way is refused rather than stored.
 * <p>
 * The ZIP is walked twice, as its two kinds of reader see it: by its central directory (Word, LibreOffice,
 * {@link java.util.zip.ZipFile}) and by its local headers in order (streaming readers), and both must list the same
 * parts: a file crafted to show one reader a harmless document and the other a bomb is refused as damaged. Before
 * the central directory is read, its records are counted by their signature, so a directory of a hundred thousand
 * records cannot fill memory.
 * <p>
 * The stored name is only for download (content is stored under a generated id): the original name without path
 * parts, control or invisible formatting characters (a right-to-left override can hide an extension) and characters
 * Windows does not allow in names, at most {@value #MAX_NAME_LENGTH} characters, with the extension of the type
 * found: {@code notes.txt} holding a PDF is stored as {@code notes.pdf}.
 */
public final class UploadedFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_EXPANDED_MB = 50;
    static final long MAX_EXPANDED_BYTES = MAX_EXPANDED_MB * 1024L * 1024;
    static final int MAX_PARTS = 1_000;
    static final int MAX_RATIO = 100;
    static final int RATIO_FREE_BYTES = 100 * 1024;
    static final int MAX_NAME_LENGTH = 200;

    static final String WORD_CONTENT_TYPES = "[Content_Types].xml";
    static final String WORD_MAIN_PART = "word/document.xml";

    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] ZIP_CENTRAL_HEADER = {'P', 'K', 1, 2};
    /** Old binary Office files (.doc, .xls) and password-protected Office documents. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private static final String NOT_ACCEPTED = " is not a PDF, Word (.docx), PNG or JPEG file";
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int PART_NAME_SHOWN = 100;
    private static final int BUFFER_BYTES = 16 * 1024;

    /**
     * The file as it may be stored, or {@link InvalidInputException} on {@code field}, with a message naming the
     * file, saying why not.
     */
    public static CheckedUpload checked(String field, String fileName, byte[] content) {
        String name = UploadNames.cleaned(fileName);
        String subject = name.isEmpty() ? "The file you uploaded"
                : "The file " + UploadNames.shortened(name, MAX_NAME_LENGTH);
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, subject + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(field, subject + " is larger than 10 MB");
        }
        FileType type = FileType.pdfOrImage(content)
                .orElse(FileType.startsWith(content, ZIP_LOCAL_HEADER) ? FileType.DOCX : null);
        if (type == null) {
            throw new InvalidInputException(field, subject + NOT_ACCEPTED + (FileType.startsWith(content, OLE2)
                    ? " (older .doc files and password-protected documents cannot be accepted)" : ""));
        }
        if (type == FileType.DOCX) {
            checkWordDocument(field, subject, content);
        }
        return new CheckedUpload(storedName(name, type), type.contentType(), content);
    }

    private static void checkWordDocument(String field, String subject, byte[] content) {
        if (occurrences(content, ZIP_CENTRAL_HEADER) > MAX_PARTS) {
            throw tooManyParts(field, subject);
        }
        try {
            List<String> listed = byCentralDirectory(new Parts(field, subject), content);
            List<String> walked = byLocalHeaders(new Parts(field, subject), content);
            if (!listed.equals(walked)) {
                throw damaged(field, subject, null);
            }
        } catch (IOException e) {
            throw damaged(field, subject, e);
        }
    }

    private static List<String> byCentralDirectory(Parts parts, byte[] content) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            entries.forEach(parts::add);
            // a plain ZIP is refused before anything in it is inflated
            parts.requireWordDocument();
            for (ZipArchiveEntry entry : entries) {
                try (InputStream part = zip.getInputStream(entry)) {
                    if (parts.inflate(part, (InputStreamStatistics) part) != entry.getCrc()) {
                        throw damaged(parts.field, parts.subject, null);
                    }
                }
            }
            return parts.names;
        }
    }

    private static List<String> byLocalHeaders(Parts parts, byte[] content) throws IOException {
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.add(entry);
                parts.inflate(zip, zip);
            }
            return parts.names;
        }
    }

    /** One reader's view of the parts, refused at the first cap passed. */
    private static final class Parts {

        private final String field;
        private final String subject;
        private final List<String> names = new ArrayList<>();
        private final Set<String> namesIgnoringCase = new HashSet<>();
        private long inflated;

        Parts(String field, String subject) {
            this.field = field;
            this.subject = subject;
        }

        void add(ZipArchiveEntry entry) {
            String name = entry.getName();
            if (names.size() == MAX_PARTS) {
                throw tooManyParts(field, subject);
            }
            if (isOutsideTheDocument(name)) {
                throw new InvalidInputException(field, subject + " holds a part named "
                        + UploadNames.shortened(UploadNames.visible(name), PART_NAME_SHOWN)
                        + " outside the document and cannot be accepted");
            }
            if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                throw new InvalidInputException(field, subject
                        + " holds macros, which cannot be accepted: save it as a Word document (.docx)");
            }
            if (!namesIgnoringCase.add(name.toLowerCase(Locale.ROOT))
                    || entry.getGeneralPurposeBit().usesEncryption()
                    || (entry.getMethod() != ZipMethod.STORED.getCode()
                    && entry.getMethod() != ZipMethod.DEFLATED.getCode())) {
                throw damaged(field, subject, null);
            }
            names.add(name);
        }

        void requireWordDocument() {
            if (!names.contains(WORD_CONTENT_TYPES) || !names.contains(WORD_MAIN_PART)) {
                throw new InvalidInputException(field, subject + NOT_ACCEPTED);
            }
        }

        /** Reads the part to its end, counting what it inflates to; its CRC-32. */
        long inflate(InputStream part, InputStreamStatistics compressed) throws IOException {
            byte[] buffer = new byte[BUFFER_BYTES];
            CRC32 crc = new CRC32();
            long partBytes = 0;
            for (int n = part.read(buffer); n >= 0; n = part.read(buffer)) {
                crc.update(buffer, 0, n);
                partBytes += n;
                inflated += n;
                if (inflated > MAX_EXPANDED_BYTES) {
                    throw new InvalidInputException(field, subject + " expands to more than " + MAX_EXPANDED_MB
                            + " MB and cannot be accepted");
                }
                // the compressed count runs ahead of what was inflated, so this never refuses early
                if (partBytes > RATIO_FREE_BYTES && partBytes > MAX_RATIO * compressed.getCompressedCount()) {
                    throw new InvalidInputException(field, subject + " has a part that expands to more than "
                            + MAX_RATIO + " times its compressed size and cannot be accepted");
                }
            }
            return crc.getValue();
        }
    }

    private static boolean isOutsideTheDocument(String partName) {
        if (partName.startsWith("/") || partName.startsWith("\\") || DRIVE.matcher(partName).matches()) {
            return true;
        }
        return Arrays.asList(partName.split("[/\\\\]")).contains("..");
    }

    private static InvalidInputException tooManyParts(String field, String subject) {
        return new InvalidInputException(field, String.format(Locale.UK,
                "%s holds more than %,d parts and cannot be accepted", subject, MAX_PARTS));
    }

    private static InvalidInputException damaged(String field, String subject, Exception cause) {
        InvalidInputException damaged = new InvalidInputException(field, subject
                + " is damaged and cannot be read as a Word document");
        if (cause != null) {
            damaged.initCause(cause);
        }
        return damaged;
    }

    /** The name to store: cleaned, with the extension of the type found, at most {@value #MAX_NAME_LENGTH} long. */
    private static String storedName(String cleanedName, FileType type) {
        return UploadNames.withTypeExtension(cleanedName, "file", type, MAX_NAME_LENGTH);
    }

    private static int occurrences(byte[] content, byte[] pattern) {
        int count = 0;
        for (int i = 0; i <= content.length - pattern.length; i++) {
            if (content[i] == pattern[0] && Arrays.equals(content, i, i + pattern.length, pattern, 0, pattern.length)) {
                count++;
            }
        }
        return count;
    }

    private UploadedFiles() {
    }
}
