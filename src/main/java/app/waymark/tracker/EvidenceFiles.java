package app.waymark.tracker;

import app.waymark.base.InvalidInputException;
import app.waymark.base.io.FileType;
import app.waymark.base.io.UploadNames;

/**
 * Evidence uploads: PDF, JPEG or PNG, recognised by their first bytes whatever the name says, at most 10 MB. The name
 * is kept without any path or invisible characters and with the extension of the type found ({@link UploadNames}), so
 * a PDF uploaded as {@code letter.html} is downloaded as {@code letter.pdf} and opens as a PDF.
 */
final class EvidenceFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_NAME_LENGTH = 200;

    /** The file with the content type its bytes show, or why it is refused. */
    static Tracker.Evidence checked(RaiseRequest.Evidence file) {
        if (file.content().length == 0) {
            throw new InvalidInputException("evidence", "The evidence file " + file.fileName() + " is empty");
        }
        if (file.content().length > MAX_BYTES) {
            throw new InvalidInputException("evidence", "The evidence file " + file.fileName()
                    + " is larger than 10 MB");
        }
        FileType type = FileType.pdfOrImage(file.content()).orElseThrow(() -> new InvalidInputException("evidence",
                "The evidence file " + file.fileName() + " is not a PDF, JPEG or PNG"));
        String name = UploadNames.withTypeExtension(UploadNames.cleaned(file.fileName()), "evidence", type,
                MAX_NAME_LENGTH);
        return new Tracker.Evidence(name, type.contentType(), file.content());
    }

    private EvidenceFiles() {
    }
}
