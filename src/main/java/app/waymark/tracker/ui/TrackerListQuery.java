package app.waymark.tracker.ui;

import app.waymark.base.ui.UrlQuery;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.router.QueryParameters;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tracker list's filters as URL query parameters, both ways, so a filtered list can be bookmarked and the home
 * cards and the learner tab can link to one: {@code type}, {@code status} (constant names), {@code assignee}
 * ({@code ME}, {@code UNASSIGNED} or a staff id), {@code learner} (an id), {@code raisedFrom}/{@code raisedTo}
 * (ISO dates) and {@code overdue=true}. Anything it cannot read is left out (no filter), never an error.
 */
final class TrackerListQuery {

    static final String ROUTE = "trackers";

    static TrackerFilter parse(QueryParameters query) {
        TrackerType type = single(query, "type").flatMap(v -> UrlQuery.constant(TrackerType.class, v)).orElse(null);
        TrackerStatus status = single(query, "status").flatMap(v -> UrlQuery.constant(TrackerStatus.class, v))
                .orElse(null);
        TrackerFilter.Assignee assignee = TrackerFilter.Assignee.ANYONE;
        UUID assigneeId = null;
        Optional<String> who = single(query, "assignee");
        if (who.isPresent()) {
            if (who.get().equals("ME") || who.get().equals("UNASSIGNED")) {
                assignee = TrackerFilter.Assignee.valueOf(who.get());
            } else {
                assigneeId = uuid(who.get());
                assignee = assigneeId == null ? TrackerFilter.Assignee.ANYONE : TrackerFilter.Assignee.PERSON;
            }
        }
        UUID learnerId = single(query, "learner").map(TrackerListQuery::uuid).orElse(null);
        return new TrackerFilter(type, status, assignee, assigneeId, learnerId,
                single(query, "raisedFrom").map(UrlQuery::date).orElse(null),
                single(query, "raisedTo").map(UrlQuery::date).orElse(null),
                single(query, "overdue").map("true"::equals).orElse(false));
    }

    static Map<String, String> of(TrackerFilter filter) {
        Object assignee = switch (filter.assignee() == null ? TrackerFilter.Assignee.ANYONE : filter.assignee()) {
            case ANYONE -> null;
            case ME, UNASSIGNED -> filter.assignee();
            case PERSON -> filter.assigneeId();
        };
        return UrlQuery.parameters().with("type", filter.type()).with("status", filter.status())
                .with("assignee", assignee).with("learner", filter.learnerId())
                .with("raisedFrom", filter.raisedFrom()).with("raisedTo", filter.raisedTo())
                .with("overdue", filter.overdueOnly() ? "true" : null).asMap();
    }

    /** The list's address with this filter, for links from other pages. */
    static String link(TrackerFilter filter) {
        String query = QueryParameters.simple(of(filter)).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    private static Optional<String> single(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> !value.isBlank());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private TrackerListQuery() {
    }
}
