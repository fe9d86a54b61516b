package app.waymark.restart.ui;

import app.waymark.base.ui.UrlQuery;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringStatus;
import app.waymark.restart.RestartTrackerType;
import com.vaadin.flow.router.QueryParameters;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The monitoring list's filters read from and written to the URL's query, so a filtered list can be bookmarked.
 * Anything it cannot read is left out (no filter), never an error.
 */
final class MonitoringListQuery {

    static final String ROUTE = "monitoring";

    static MonitoringFilter parse(QueryParameters query) {
        MonitoringStatus status = single(query, "status").flatMap(v -> UrlQuery.constant(MonitoringStatus.class, v))
                .orElse(null);
        RestartTrackerType type = single(query, "type").flatMap(v -> UrlQuery.constant(RestartTrackerType.class, v))
                .orElse(null);
        MonitoringFilter.Assignee assignee = MonitoringFilter.Assignee.ANYONE;
        UUID assigneeId = null;
        Optional<String> who = single(query, "assignee");
        if (who.isPresent()) {
            if (who.get().equals("ME") || who.get().equals("UNASSIGNED")) {
                assignee = MonitoringFilter.Assignee.valueOf(who.get());
            } else {
                assigneeId = uuid(who.get());
                assignee = assigneeId == null ? MonitoringFilter.Assignee.ANYONE : MonitoringFilter.Assignee.PERSON;
            }
        }
        return new MonitoringFilter(single(query, "q").map(String::strip).orElse(null), type, status, assignee, assigneeId,
                single(query, "raisedFrom").map(UrlQuery::date).orElse(null),
                single(query, "raisedTo").map(UrlQuery::date).orElse(null),
                single(query, "overdue").map("true"::equals).orElse(false), null);
    }

    static Map<String, String> of(MonitoringFilter filter) {
        Object who = switch (filter.assignee() == null ? MonitoringFilter.Assignee.ANYONE : filter.assignee()) {
            case ANYONE -> null;
            case ME, UNASSIGNED -> filter.assignee();
            case PERSON -> filter.assigneeId();
        };
        return UrlQuery.parameters().with("q", filter.keyword()).with("type", filter.type())
                .with("status", filter.status())
                .with("assignee", who).with("raisedFrom", filter.raisedFrom()).with("raisedTo", filter.raisedTo())
                .with("overdue", filter.overdueOnly() ? "true" : null).asMap();
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

    private MonitoringListQuery() {
    }
}
