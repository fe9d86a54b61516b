package app.waymark.learner;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How change rules write values in their plans: UK dates, joined address lines, "none" for nothing. */
final class IlrValues {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String NONE = "none";

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    static String joined(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? NONE : joined;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private IlrValues() {
    }
}
