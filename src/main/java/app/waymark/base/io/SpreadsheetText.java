package app.waymark.base.io;

/**
 * Text for spreadsheet exports (XLSX and CSV) that a spreadsheet never runs as a formula: text starting with
 * = + - @, tab or carriage return gets a leading apostrophe. CSV fields are quoted per RFC 4180.
 */
public final class SpreadsheetText {

    /** Text a spreadsheet could read as a formula, with a leading apostrophe; null as empty; anything else as is. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** A neutralised CSV field, quoted (quotes doubled) when it holds a comma, quote or line break. */
    public static String csvField(String text) {
        String value = neutralise(text);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private SpreadsheetText() {
    }
}
