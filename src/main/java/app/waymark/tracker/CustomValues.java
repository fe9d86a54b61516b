package app.waymark.tracker;

import app.waymark.base.InvalidInputException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The field values of a custom tracker: checked against its type, kept in the type's field order, as JSON. */
final class CustomValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TEXT = 2000;

    static Map<String, String> checked(CustomTrackerType type, Map<String, String> values) {
        Map<String, String> given = values == null ? Map.of() : values;
        for (String label : given.keySet()) {
            if (type.fields().stream().noneMatch(field -> field.label().equals(label))) {
                throw new InvalidInputException("values", type.name() + " has no field called " + label);
            }
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (CustomTrackerType.Field field : type.fields()) {
            String value = given.get(field.label());
            value = value == null || value.isBlank() ? null : value.strip();
            if (value == null) {
                if (field.required()) {
                    throw new InvalidInputException(field.label(), "Fill in " + field.label());
                }
                continue;
            }
            if (field.kind() == CustomTrackerType.FieldKind.DATE) {
                try {
                    value = LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(field.label(), field.label() + " must be a date");
                }
            } else if (value.length() > MAX_TEXT) {
                throw new InvalidInputException(field.label(), field.label() + " has at most " + MAX_TEXT
                        + " characters");
            }
            checked.put(field.label(), value);
        }
        return checked;
    }

    static String write(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    static Map<String, String> read(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
        });
    }

    private CustomValues() {
    }
}
