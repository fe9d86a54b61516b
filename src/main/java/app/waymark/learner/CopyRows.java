package app.waymark.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/** Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;
    private int rows;

    CopyRows add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        switch (value) {
            case null -> text.append("\\N");
            case byte[] bytes -> text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            case String string -> escape(string);
            case UUID uuid -> text.append(uuid);
            case LocalDate date -> text.append(date);
            case Instant instant -> text.append(instant);
            default -> escape(value.toString());
        }
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
