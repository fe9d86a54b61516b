package app.waymark.tracker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The address of the tracker list filtered to exactly some trackers, for links from other pages (the home cards, the
 * learner's tab, another module's dashboard figure). Parameters: {@code type}, {@code status} (constant names),
 * {@code assignee} ({@code ME}, {@code UNASSIGNED} or a staff id), {@code learner} (an id),
 * {@code raisedFrom}/{@code raisedTo} (ISO dates), {@code overdue=true}, {@code open=true} and {@code source}; the
 * list reads them back (ui.TrackerListQuery).
 */
public final class TrackerListLinks {

    public static final String ROUTE = "trackers";

    /** The filter's parameters in a fixed order; "any" is left out. */
    public static Map<String, String> parameters(TrackerFilter filter) {
        Object assignee = switch (filter.assignee() == null ? TrackerFilter.Assignee.ANYONE : filter.assignee()) {
            case ANYONE -> null;
            case ME, UNASSIGNED -> filter.assignee();
            case PERSON -> filter.assigneeId();
        };
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "type", filter.type());
        put(parameters, "status", filter.status());
        put(parameters, "assignee", assignee);
        put(parameters, "learner", filter.learnerId());
        put(parameters, "raisedFrom", filter.raisedFrom());
        put(parameters, "raisedTo", filter.raisedTo());
        put(parameters, "overdue", filter.overdueOnly() ? "true" : null);
        put(parameters, "open", filter.openOnly() ? "true" : null);
        put(parameters, "source", filter.source());
        return parameters;
    }

    /** The list's address with this filter, e.g. {@code trackers?type=CHANGE_OF_NAME&open=true}. */
    public static String to(TrackerFilter filter) {
        Map<String, String> parameters = parameters(filter);
        return parameters.isEmpty() ? ROUTE : ROUTE + "?" + parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + encoded(entry.getValue())).collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        String text = value instanceof Enum<?> constant ? constant.name() : value == null ? null : value.toString();
        if (text != null && !text.isEmpty()) {
            parameters.put(name, text);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private TrackerListLinks() {
    }
}
