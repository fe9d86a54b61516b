package app.waymark.ilr.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the text fields of one {@link RawElement} as typed values, reporting each bad or missing value as a
 * problem on the field's line (or the element's line when the field is missing). Returns null for a value that is
 * absent or has a problem, so callers build records only when no problem was added.
 */
final class FieldReader {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int VALUE_LENGTH_SHOWN = 60;

    private final RawElement element;
    private final LearnerProblems problems;

    FieldReader(RawElement element, LearnerProblems problems) {
        this.element = element;
        this.problems = problems;
        element.repeatedFieldLines().forEach((field, line) ->
                problems.add(line, field, field + " appears more than once in " + element.name()));
        for (String field : element.fieldNames()) {
            if (element.field(field).containsElements()) {
                problem(field, field + " must hold text only, not elements");
            }
        }
    }

    /** The trimmed text, or null when the field is missing or empty. */
    String text(String field) {
        RawElement.Field value = element.field(field);
        return value == null || value.text().isEmpty() ? null : value.text();
    }

    String required(String field) {
        String value = text(field);
        if (value == null) {
            problem(field, field + " is required");
        }
        return value;
    }

    String matching(String field, Pattern pattern, String rule) {
        return matches(field, text(field), pattern, rule);
    }

    String requiredMatching(String field, Pattern pattern, String rule) {
        return matches(field, required(field), pattern, rule);
    }

    String withMaxLength(String field, int maxLength) {
        String value = text(field);
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length > maxLength) {
            problem(field, field + " must be at most " + maxLength + " characters (found " + length + ")");
            return null;
        }
        return value;
    }

    Integer integer(String field) {
        return toInteger(field, text(field));
    }

    Integer requiredInteger(String field) {
        return toInteger(field, required(field));
    }

    Integer code(String field, List<Integer> allowed) {
        return inList(field, text(field), allowed);
    }

    Integer requiredCode(String field, List<Integer> allowed) {
        return inList(field, required(field), allowed);
    }

    LocalDate date(String field) {
        return toDate(field, text(field));
    }

    LocalDate requiredDate(String field) {
        return toDate(field, required(field));
    }

    void problem(String field, String message) {
        problems.add(lineOf(field), field, message);
    }

    int lineOf(String field) {
        RawElement.Field value = element.field(field);
        return value == null ? element.line() : value.line();
    }

    /** " (found 'value')", shortened so one absurd value cannot flood the problem list. */
    static String found(String value) {
        return " (found '" + shortened(value) + "')";
    }

    static String shortened(String value) {
        return value.length() <= VALUE_LENGTH_SHOWN ? value : value.substring(0, VALUE_LENGTH_SHOWN) + "...";
    }

    private String matches(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            problem(field, field + " must be " + rule + found(value));
            return null;
        }
        return value;
    }

    private Integer toInteger(String field, String value) {
        if (value == null) {
            return null;
        }
        if (!IlrFieldRules.WHOLE_NUMBER.matcher(value).matches()) {
            problem(field, field + " must be a whole number" + found(value));
            return null;
        }
        return Integer.valueOf(value);
    }

    private Integer inList(String field, String text, List<Integer> allowed) {
        Integer value = toInteger(field, text);
        if (value != null && !allowed.contains(value)) {
            problem(field, field + " must be one of "
                    + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + found(text));
            return null;
        }
        return value;
    }

    private LocalDate toDate(String field, String value) {
        if (value == null) {
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                // the pattern has checked the form; LocalDate.parse would check it again, at a cost in large files
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            } catch (DateTimeException notARealDate) {
                // e.g. 2025-02-30: reported below like any other bad date
            }
        }
        problem(field, field + " must be a date in the form yyyy-MM-dd" + found(value));
        return null;
    }
}
