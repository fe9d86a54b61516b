package app.waymark.tracker;

import app.waymark.base.InvalidInputException;
import app.waymark.base.io.UploadNames;

import java.util.Arrays;
import java.util.Set;

/**
 * Evidence uploads: PDF, JPEG or PNG, recognised by their first bytes whatever the name says, at most 10 MB. The name
 * is kept without any path or invisible characters and with the extension of the type found ({@link UploadNames}), so
 * a PDF uploaded as {@code letter.html} is downloaded as {@code letter.pdf} and opens as a PDF.
 */
final class EvidenceFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_NAME_LENGTH = 200;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The file with the content type its bytes show, or why it is refused. */
    static Tracker.Evidence checked(RaiseRequest.Evidence file) {
        if (file.content().length == 0) {
            throw new InvalidInputException("evidence", "The evidence file " + file.fileName() + " is empty");
        }
        if (file.content().length > MAX_BYTES) {
            throw new InvalidInputException("evidence", "The evidence file " + file.fileName()
                    + " is larger than 10 MB");
        }
        Type type = startsWith(file.content(), PDF) ? Type.PDF
                : startsWith(file.content(), JPEG) ? Type.JPEG
                : startsWith(file.content(), PNG) ? Type.PNG : null;
        if (type == null) {
            throw new InvalidInputException("evidence", "The evidence file " + file.fileName()
                    + " is not a PDF, JPEG or PNG");
        }
        String name = UploadNames.withTypeExtension(UploadNames.cleaned(file.fileName()), "evidence", type.extension,
                type.extensions, MAX_NAME_LENGTH);
        return new Tracker.Evidence(name, type.contentType, file.content());
    }

    private enum Type {
        PDF("application/pdf", "pdf", Set.of("pdf")),
        JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
        PNG("image/png", "png", Set.of("png"));

        private final String contentType;
        private final String extension;
        private final Set<String> extensions;

        Type(String contentType, String extension, Set<String> extensions) {
            this.contentType = contentType;
            this.extension = extension;
            this.extensions = extensions;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private EvidenceFiles() {
    }
}
