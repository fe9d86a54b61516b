package app.waymark.base.io;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file people may upload, each with the content type it is stored and served with, the extension a
 * kept name is given and the extensions a name may keep as they are. What a file is comes from its bytes, never from
 * its name or the browser's content type.
 */
public enum FileType {
    PDF("application/pdf", "pdf", Set.of("pdf")),
    PNG("image/png", "png", Set.of("png")),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
    /** A ZIP by its first bytes: only a caller that has walked the ZIP's parts may call it a Word document. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Set.of("docx"));

    private static final byte[] PDF_START = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String contentType;
    private final String extension;
    private final Set<String> extensions;

    FileType(String contentType, String extension, Set<String> extensions) {
        this.contentType = contentType;
        this.extension = extension;
        this.extensions = extensions;
    }

    /** PDF, PNG or JPEG, as the file's first bytes say; empty for anything else. */
    public static Optional<FileType> pdfOrImage(byte[] content) {
        return startsWith(content, PDF_START) ? Optional.of(PDF)
                : startsWith(content, PNG_START) ? Optional.of(PNG)
                : startsWith(content, JPEG_START) ? Optional.of(JPEG) : Optional.empty();
    }

    public static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    public String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    Set<String> extensions() {
        return extensions;
    }
}
