package app.waymark.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders an event's JSON details for people: "roles: Tutor → Tutor, ILR QA; email: a@b.example". */
final class AuditDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String describe(AuditRecord record) {
        JsonNode before = parse(record.detailsBefore());
        JsonNode after = parse(record.detailsAfter());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : after.properties()) {
            String newValue = text(field.getValue());
            JsonNode old = before.get(field.getKey());
            parts.add(old == null || text(old).equals(newValue)
                    ? field.getKey() + ": " + newValue
                    : field.getKey() + ": " + text(old) + " → " + newValue);
        }
        for (Map.Entry<String, JsonNode> field : before.properties()) {
            if (!after.has(field.getKey())) {
                parts.add(field.getKey() + ": " + text(field.getValue()) + " → (none)");
            }
        }
        return String.join("; ", parts);
    }

    private static JsonNode parse(String json) {
        return json == null ? JSON.createObjectNode() : JSON.readTree(json);
    }

    private static String text(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item)));
            return items.isEmpty() ? "(none)" : String.join(", ", items);
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private AuditDetails() {
    }
}
