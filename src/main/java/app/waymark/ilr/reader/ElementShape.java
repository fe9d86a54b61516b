package app.waymark.ilr.reader;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which children of an element the portal reads, by local name: text fields, and repeatable child groups with
 * shapes of their own. Every other child is skipped with its subtree.
 */
record ElementShape(Set<String> textFields, Map<String, ElementShape> groups) {

    ElementShape {
        textFields = Set.copyOf(textFields);
        groups = Map.copyOf(groups);
    }

    static ElementShape of(String... textFieldNames) {
        return new ElementShape(Set.of(textFieldNames), Map.of());
    }

    ElementShape withGroup(String name, ElementShape shape) {
        Map<String, ElementShape> more = new HashMap<>(groups);
        more.put(name, shape);
        return new ElementShape(textFields, more);
    }
}
