package app.waymark.ilr.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An element as read from the file, before any checks: text fields and child groups, with their lines. */
final class RawElement {

    /** A text field's trimmed value (empty when the element is empty) and where it is. */
    record Field(String text, int line, boolean containsElements) {
    }

    private final String name;
    private final int line;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, List<RawElement>> groups = new HashMap<>();
    private final Map<String, Integer> repeatedFieldLines = new LinkedHashMap<>();
    private boolean incomplete;

    RawElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    /** The field, or null when the element does not have it. */
    Field field(String fieldName) {
        return fields.get(fieldName);
    }

    Set<String> fieldNames() {
        return fields.keySet();
    }

    List<RawElement> groups(String groupName) {
        return groups.getOrDefault(groupName, List.of());
    }

    /** Fields that appear more than once, with the line of their second occurrence; only the first is kept. */
    Map<String, Integer> repeatedFieldLines() {
        return repeatedFieldLines;
    }

    /** True when the element held more than the reader keeps for one learner, so part of it was skipped. */
    boolean incomplete() {
        return incomplete;
    }

    void addField(String fieldName, Field field) {
        if (fields.putIfAbsent(fieldName, field) != null) {
            repeatedFieldLines.putIfAbsent(fieldName, field.line());
        }
    }

    void addGroup(RawElement group) {
        groups.computeIfAbsent(group.name(), ignored -> new ArrayList<>()).add(group);
    }

    void markIncomplete() {
        incomplete = true;
    }
}
