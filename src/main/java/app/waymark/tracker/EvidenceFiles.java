package app.waymark.tracker;

import app.waymark.base.InvalidInputException;
import app.waymark.base.io.UploadNames;

import java.util.Arrays;

/**
 * Evidence uploads: PDF, JPEG or PNG, recognised by their first bytes whatever the name says, at most 10 MB. The name
 * is kept without any path or invisible characters ({@link UploadNames}).
 */
final class EvidenceFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
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
        String contentType = startsWith(file.content(), PDF) ? "application/pdf"
                : startsWith(file.content(), JPEG) ? "image/jpeg"
                : startsWith(file.content(), PNG) ? "image/png" : null;
        if (contentType == null) {
            throw new InvalidInputException("evidence", "The evidence file " + file.fileName()
                    + " is not a PDF, JPEG or PNG");
        }
        String cleaned = UploadNames.cleaned(file.fileName());
        String name = cleaned.isEmpty() ? "evidence" : cleaned;
        return new Tracker.Evidence(name.length() > 200 ? name.substring(0, 200) : name, contentType, file.content());
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private EvidenceFiles() {
    }
}
