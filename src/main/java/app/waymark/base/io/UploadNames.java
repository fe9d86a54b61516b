package app.waymark.base.io;

import java.util.regex.Pattern;

/**
 * Names of uploaded files as they may be kept and offered for download again: a name is only ever text the browser
 * sent, so a path in it ({@code ../../etc/x}, {@code C:\Users\x}), control characters or a right-to-left override
 * that disguises {@code .exe} are taken out before it is stored.
 */
public final class UploadNames {

    private static final String NOT_ALLOWED_IN_NAMES = "<>:\"|?*";
    private static final Pattern DOTS_AND_SPACES_AT_ENDS = Pattern.compile("^[.\\s]+|[.\\s]+$");

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
