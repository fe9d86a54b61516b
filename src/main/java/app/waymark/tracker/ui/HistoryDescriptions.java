package app.waymark.tracker.ui;

import app.waymark.tracker.TrackerHistoryLine;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A history line's before and after (JSON objects) as readable lines: "Status: New → Processed",
 * "Postcode: LS1 1AA → LS6 2AB", the requested change's fields one by one. Values that did not change are left out.
 */
final class HistoryDescriptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<String> of(TrackerHistoryLine line, TrackerTexts texts) {
        Map<String, String> before = flat(line.before(), texts);
        Map<String, String> after = flat(line.after(), texts);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> lines = new ArrayList<>();
        String none = texts.get("tracker.value.none");
        for (String key : keys) {
            String was = before.get(key);
            String now = after.get(key);
            if (Objects.equals(was, now)) {
                continue;
            }
            String label = label(key, texts);
            if (line.before() == null) {
                lines.add(texts.get("tracker.history.value", label, now == null ? none : now));
            } else {
                lines.add(texts.get("tracker.history.changed", label, was == null ? none : was,
                        now == null ? none : now));
            }
        }
        return lines;
    }

    static String action(TrackerHistoryLine line, TrackerTexts texts) {
        return texts.get("tracker.history.action." + line.action());
    }

    /** The JSON object's values as text, the requested change's fields lifted to the top level. */
    private static Map<String, String> flat(String json, TrackerTexts texts) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        Map<String, Object> read = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        read.forEach((key, value) -> {
            if (key.equals("change") && value instanceof Map<?, ?> change) {
                change.forEach((field, fieldValue) -> {
                    if (!"kind".equals(field)) {
                        values.put(String.valueOf(field), text(String.valueOf(field), fieldValue, texts));
                    }
                });
            } else {
                values.put(key, text(key, value, texts));
            }
        });
        return values;
    }

    private static String text(String key, Object value, TrackerTexts texts) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (key.equals("status")) {
            return texts.status(TrackerStatus.valueOf(text));
        }
        if (key.equals("type")) {
            return java.util.Arrays.stream(TrackerType.values()).anyMatch(type -> type.name().equals(text))
                    ? texts.type(TrackerType.valueOf(text)) : text;
        }
        if (value instanceof Boolean yes) {
            return texts.get(yes ? "common.yes" : "common.no");
        }
        return text;
    }

    /** Known keys in words; ILR field names (GivenNames, Postcode, ...) as the MIS calls them. */
    private static String label(String key, TrackerTexts texts) {
        return switch (key) {
            case "status", "type", "assignee", "notes", "source", "evidence", "effectiveDate", "reason",
                 "givenNames", "familyName", "legalChange", "addLine1", "addLine2", "addLine3", "addLine4",
                 "postcode", "email", "telNo" -> texts.get("tracker.field." + key);
            default -> key;
        };
    }

    private HistoryDescriptions() {
    }
}
