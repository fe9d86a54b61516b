package app.waymark.notification;

import app.waymark.base.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Message templates with placeholders such as {@code {learner.firstName}}: a name of letters and dots in braces.
 * A brace itself is written twice, <code>{{</code> or <code>}}</code>. Templates are checked with
 * {@link #requireKnown} when saved, so {@link #render} treats any problem as a programming error.
 */
public final class MessageTemplateText {

    /**
     * A well-formed placeholder in a template.
     *
     * @param name   without the braces, e.g. {@code learner.firstName}
     * @param line   1-based; a line ends at \n, \r\n or \r
     * @param column 1-based, in characters as people count them (an emoji is one)
     * @param offset index of the opening brace in the template string (UTF-16, as for {@link String#substring})
     */
    public record Placeholder(String name, int line, int column, int offset) {
    }

    /** What a value becomes in the output; the template's own text is never escaped by {@link #render}. */
    @FunctionalInterface
    public interface Escaper {

        Escaper PLAIN_TEXT = value -> value;
        Escaper HTML = MessageTemplateText::escapeHtml;

        String escape(String value);
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z]+(\\.[A-Za-z]+)*");
    private static final String BRACE_HINT = "To show a brace itself, type it twice: {{ or }}.";

    private sealed interface Part permits Literal, Slot {
    }

    private record Literal(String text) implements Part {
    }

    private record Slot(Placeholder placeholder) implements Part {
    }

    private record Parsed(List<Part> parts, List<String> problems) {

        List<Placeholder> placeholders() {
            return parts.stream()
                    .filter(Slot.class::isInstance)
                    .map(part -> ((Slot) part).placeholder())
                    .toList();
        }
    }

    /** The well-formed placeholders in order; malformed braces are left to {@link #requireKnown} to report. */
    public static List<Placeholder> placeholders(String text) {
        return parse(text).placeholders();
    }

    /**
     * Refuses a template with a placeholder outside {@code allowed} (names without braces), an unclosed or stray
     * brace, or an empty or malformed placeholder, naming every one with its position.
     */
    public static void requireKnown(String field, String text, Set<String> allowed) {
        Parsed parsed = parse(text);
        Map<String, List<Placeholder>> unknown = parsed.placeholders().stream()
                .filter(placeholder -> !allowed.contains(placeholder.name()))
                .collect(Collectors.groupingBy(Placeholder::name, LinkedHashMap::new, Collectors.toList()));
        if (parsed.problems().isEmpty() && unknown.isEmpty()) {
            return;
        }
        List<String> sentences = new ArrayList<>(parsed.problems());
        unknown.forEach((name, uses) -> sentences.add("Unknown placeholder {" + name + "} at "
                + joinedWithAnd(uses.stream().map(MessageTemplateText::position).toList()) + "."));
        sentences.add(allowed.isEmpty() ? "This text cannot contain placeholders."
                : "You can use: " + allowed.stream().sorted().map(name -> "{" + name + "}")
                        .collect(Collectors.joining(", ")) + ".");
        throw new InvalidInputException(field, String.join(" ", sentences));
    }

    /**
     * The template with each placeholder replaced by its escaped value and doubled braces made single.
     *
     * @throws IllegalArgumentException when the template is malformed or a placeholder has no value: templates are
     *                                  checked on save against the same placeholders, so this is a programming error
     */
    public static String render(String text, Map<String, String> values, Escaper escaper) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(escaper, "escaper");
        Parsed parsed = parse(text);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalArgumentException("Malformed template: " + String.join(" ", parsed.problems()));
        }
        StringBuilder rendered = new StringBuilder(text.length());
        for (Part part : parsed.parts()) {
            switch (part) {
                case Literal(String literal) -> rendered.append(literal);
                case Slot(Placeholder placeholder) -> {
                    String value = values.get(placeholder.name());
                    if (value == null) {
                        throw new IllegalArgumentException("No value for placeholder {" + placeholder.name()
                                + "} at " + position(placeholder));
                    }
                    rendered.append(escaper.escape(value));
                }
            }
        }
        return rendered.toString();
    }

    private static Parsed parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Part> parts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
            if ((c == '{' || c == '}') && doubled) {
                literal.append(c);
                i += 2;
                column += 2;
            } else if (c == '{') {
                int close = closingBrace(text, i);
                if (close < 0) {
                    problems.add("There is a { at " + position(line, column) + " without a closing }. " + BRACE_HINT);
                    literal.append(c);
                    i++;
                    column++;
                    continue;
                }
                String name = text.substring(i + 1, close);
                if (name.isEmpty()) {
                    problems.add("There is an empty {} at " + position(line, column) + ": put a placeholder name"
                            + " between the braces, or type {{}} to show the braces themselves.");
                } else if (!NAME.matcher(name).matches()) {
                    problems.add("{" + name + "} at " + position(line, column) + " is not a placeholder: a"
                            + " placeholder name is letters and dots, such as {learner.firstName}. " + BRACE_HINT);
                } else {
                    if (!literal.isEmpty()) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(new Slot(new Placeholder(name, line, column, i)));
                }
                column += text.codePointCount(i, close + 1);
                i = close + 1;
            } else if (c == '}') {
                problems.add("There is a } at " + position(line, column) + " without an opening {. " + BRACE_HINT);
                literal.append(c);
                i++;
                column++;
            } else if (c == '\n' || c == '\r') {
                boolean crLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                int length = crLf ? 2 : 1;
                literal.append(text, i, i + length);
                i += length;
                line++;
                column = 1;
            } else {
                int codePoint = text.codePointAt(i);
                literal.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
                column++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new Parsed(parts, problems);
    }

    /** The index of the } closing the { at {@code open}; -1 when a line break, another brace or the end is first. */
    private static int closingBrace(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '{' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static String position(Placeholder placeholder) {
        return position(placeholder.line(), placeholder.column());
    }

    private static String position(int line, int column) {
        return "line " + line + ", column " + column;
    }

    private static String joinedWithAnd(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private MessageTemplateText() {
    }
}
