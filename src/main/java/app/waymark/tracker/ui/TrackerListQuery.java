package app.waymark.tracker.ui;

import app.waymark.base.ui.UrlQuery;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerListLinks;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.router.QueryParameters;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tracker list's filters read from the URL's query parameters, so a filtered list can be bookmarked and other
 * pages can link to one ({@link TrackerListLinks} writes them and names them). Anything it cannot read is left out
 * (no filter), never an error.
 */
final class TrackerListQuery {

    static final String ROUTE = TrackerListLinks.ROUTE;

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
                single(query, "overdue").map("true"::equals).orElse(false),
                single(query, "open").map("true"::equals).orElse(false),
                single(query, "source").map(String::strip).orElse(null));
    }

    static Map<String, String> of(TrackerFilter filter) {
        return TrackerListLinks.parameters(filter);
    }

    /** The list's address with this filter, for links from other pages. */
    static String link(TrackerFilter filter) {
        return TrackerListLinks.to(filter);
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
