package app.waymark.tracker;

import app.waymark.learner.RecordChange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Trackers' JSON columns: the requested change, and the learner's values it was raised against. */
final class RequestedChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String write(RecordChange change) {
        return JSON.writeValueAsString(change);
    }

    static RecordChange read(String json) {
        return JSON.readValue(json, RecordChange.class);
    }

    /** The change's fields by name (with its {@code kind}), for history entries. */
    static Map<String, Object> asMap(RecordChange change) {
        return JSON.readValue(write(change), new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    static String writeValues(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    static Map<String, String> readValues(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
        });
    }

    private RequestedChanges() {
    }
}
