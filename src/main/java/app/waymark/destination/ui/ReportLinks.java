package app.waymark.destination.ui;

import app.waymark.base.ui.UrlQuery;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportStatus;
import app.waymark.learner.FundModels;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The destination report's filter as URL query parameters, both ways: the dashboard links each figure to the report
 * with the filter that counted it, and the report shows its filter in the address bar so it can be bookmarked.
 */
final class ReportLinks {

    static final String REPORT = "destinations/report";

    /** The parameters of {@code filter}; "any" values are left out. */
    static Map<String, String> parameters(ReportFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            parameters.put("status", filter.status().name());
        }
        if (filter.outcome() != null) {
            parameters.put("outcome", filter.outcome().name());
        }
        if (filter.basisOrDefault() != DateBasis.SENT || filter.from() != null || filter.to() != null) {
            parameters.put("basis", filter.basisOrDefault().name());
        }
        if (filter.from() != null) {
            parameters.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            parameters.put("to", filter.to().toString());
        }
        if (filter.fundModel() != null) {
            parameters.put("fundModel", filter.fundModel().toString());
        }
        if (filter.flaggedOnly()) {
            parameters.put("flagged", "true");
        }
        return parameters;
    }

    /** The report's address for {@code filter}. */
    static String href(ReportFilter filter) {
        Map<String, String> parameters = parameters(filter);
        return parameters.isEmpty() ? REPORT : REPORT + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** The filter a query asks for; a parameter that is not valid is taken as "any". */
    static ReportFilter filter(QueryParameters query) {
        return new ReportFilter(
                query.getSingleParameter("from").map(UrlQuery::date).orElse(null),
                query.getSingleParameter("to").map(UrlQuery::date).orElse(null),
                query.getSingleParameter("basis").flatMap(b -> UrlQuery.constant(DateBasis.class, b)).orElse(DateBasis.SENT),
                query.getSingleParameter("status").flatMap(s -> UrlQuery.constant(ReportStatus.class, s)).orElse(null),
                query.getSingleParameter("fundModel").filter(v -> v.matches("\\d{2}")).map(Integer::valueOf)
                        .filter(FundModels.CODES::contains)
                        .orElse(null),
                query.getSingleParameter("flagged").map("true"::equals).orElse(false),
                query.getSingleParameter("outcome").flatMap(o -> UrlQuery.constant(OutcomeFilter.class, o)).orElse(null));
    }

    private ReportLinks() {
    }
}
