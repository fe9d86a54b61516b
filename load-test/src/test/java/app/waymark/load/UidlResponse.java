package app.waymark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One answer of Vaadin Flow's server (the init JSON or a UIDL response), read as the browser's client reads it:
 * the ids it must send back next time, the state-tree nodes that carry an element id, the grid updates the browser
 * would confirm, and any sign that the server did not do what was asked (session expired, application error,
 * resynchronisation, an HTML page instead of JSON).
 */
final class UidlResponse {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GRID_CONFIRM = Pattern.compile("\\$connector\\.confirm\\(");

    private final JsonNode uidl;
    private final String problem;

    private UidlResponse(JsonNode uidl, String problem) {
        this.uidl = uidl;
        this.problem = problem;
    }

    static UidlResponse read(String body) {
        if (body == null || body.isBlank()) {
            return new UidlResponse(null, "empty response");
        }
        String text = body.strip();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception notJson) {
            return new UidlResponse(null, "not JSON: " + oneLine(body));
        }
        if (root == null || !root.isObject()) {
            return new UidlResponse(null, "not a JSON object: " + oneLine(body));
        }
        // The init request wraps the first UIDL message in appConfig.uidl.
        JsonNode uidl = root.path("appConfig").path("uidl").isObject() ? root.path("appConfig").path("uidl") : root;
        return new UidlResponse(uidl, problemIn(root, uidl));
    }

    private static String problemIn(JsonNode root, JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (meta.has("appError")) {
            return "application error: " + oneLine(meta.path("appError").toString());
        }
        if (meta.path("repaintAll").asBoolean(false) || uidl.has("resynchronize") || meta.has("resynchronize")) {
            return "resynchronisation asked by the server";
        }
        if (!uidl.has("syncId") && !root.path("appConfig").has("v-uiId")) {
            return "no syncId in the answer: " + oneLine(root.toString());
        }
        return null;
    }

    /** Empty when the answer is sound; otherwise what was wrong (a Gatling check compares it with ""). */
    String problem() {
        return problem == null ? "" : problem;
    }

    int syncId() {
        return uidl.path("syncId").asInt(-1);
    }

    int clientId() {
        return uidl.path("clientId").asInt(-1);
    }

    /** The node ids of elements whose {@code id} attribute was set in this answer, by that id. */
    Map<String, Integer> nodesById() {
        Map<String, Integer> found = new HashMap<>();
        for (JsonNode change : uidl.path("changes")) {
            if ("put".equals(change.path("type").asText()) && "id".equals(change.path("key").asText())
                    && change.path("value").isTextual()) {
                found.put(change.path("value").asText(), change.path("node").asInt());
            }
        }
        return found;
    }

    /**
     * Grid data updates the browser acknowledges ({@code $connector.confirm(n)}): node and update id, each sent back
     * as the grid's {@code confirmUpdate}, so the server releases the rows it kept for the update.
     */
    List<int[]> gridConfirmations() {
        List<int[]> confirmations = new ArrayList<>();
        for (JsonNode call : uidl.path("execute")) {
            if (call.isArray() && call.size() == 3 && GRID_CONFIRM.matcher(call.get(2).asText()).find()
                    && call.get(0).has("@v-node")) {
                confirmations.add(new int[] {call.get(0).path("@v-node").asInt(), call.get(1).asInt()});
            }
        }
        return confirmations;
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }

    static String problemOf(String body) {
        return read(body).problem();
    }
}
