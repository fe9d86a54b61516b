package app.waymark.base.io;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of uploaded files as they may be kept and offered for download again: a name is only ever text the browser
 * sent, so a path in it ({@code ../../etc/x}, {@code C:\Users\x}), control characters or a right-to-left override
 * that disguises {@code .exe} are taken out before it is stored.
 */
public final class UploadNames {

    private static final String NOT_ALLOWED_IN_NAMES = "<>:\"|?*";
    private static final Pattern DOTS_AND_SPACES_AT_ENDS = Pattern.compile("^[.\\s]+|[.\\s]+$");
    private static final Pattern EXTENSION_LIKE = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]{1,5}");

    /**
     * The last path part of a name, with only visible characters, those Windows refuses in names as underscores,
     * without dots or spaces at either end; empty for none.
     */
    public static String cleaned(String fileName) {
        if (fileName == null) {
            return "";
        }
        StringBuilder allowed = new StringBuilder();
        visible(fileName).codePoints()
                .forEach(c -> allowed.appendCodePoint(NOT_ALLOWED_IN_NAMES.indexOf(c) >= 0 ? '_' : c));
        String name = allowed.toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return DOTS_AND_SPACES_AT_ENDS.matcher(name).replaceAll("");
    }

    /**
     * The name to keep for a file whose bytes showed its type: a {@link #cleaned} name ending in one of the type's
     * extensions keeps it as given; otherwise it gets the type's extension, in place of whatever looks like one, so
     * {@code notes.txt} or {@code page.html} holding a PDF is kept as {@code notes.pdf} or {@code page.pdf} and opens
     * as what it is. At most {@code maxLength} characters, cut between whole characters;
     * {@code nameless} stands for an empty name.
     */
    public static String withTypeExtension(String cleanedName, String nameless, FileType type, int maxLength) {
        String base = cleanedName;
        String kept = type.extension();
        int dot = cleanedName.lastIndexOf('.');
        if (dot > 0) {
            String given = cleanedName.substring(dot + 1);
            if (type.extensions().contains(given.toLowerCase(Locale.ROOT))) {
                base = cleanedName.substring(0, dot);
                kept = given;
            } else if (EXTENSION_LIKE.matcher(given).matches()) {
                base = cleanedName.substring(0, dot);
            }
        }
        base = DOTS_AND_SPACES_AT_ENDS.matcher(shortened(base, maxLength - kept.length() - 1)).replaceAll("");
        return (base.isEmpty() ? nameless : base) + "." + kept;
    }

    /** The text cut to {@code maxLength} characters, never between the two halves of one. */
    public static String shortened(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }

    /** The text without control characters, invisible formatting (a right-to-left override) or lone surrogates. */
    public static String visible(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        }).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private UploadNames() {
    }
}
