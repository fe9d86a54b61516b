package app.waymark.destination.ui;

import app.waymark.base.ui.UrlQuery;
import app.waymark.destination.DestinationReport.DateBasis;
import app.waymark.destination.DestinationReport.FlagReview;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.destination.DestinationReport.ReportFilter;
import app.waymark.destination.DestinationReport.ReportStatus;
import app.waymark.learner.FundModels;
import com.vaadin.flow.router.QueryParameters;

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
        boolean basisShown = filter.basisOrDefault() != DateBasis.SENT || filter.from() != null || filter.to() != null;
        return UrlQuery.parameters().with("status", filter.status()).with("outcome", filter.outcome())
                .with("basis", basisShown ? filter.basisOrDefault() : null).with("from", filter.from())
                .with("to", filter.to()).with("fundModel", filter.fundModel())
                .with("flagged", filter.flaggedOnly() ? "true" : null).with("review", filter.review()).asMap();
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
                query.getSingleParameter("outcome").flatMap(o -> UrlQuery.constant(OutcomeFilter.class, o)).orElse(null),
                query.getSingleParameter("review").flatMap(r -> UrlQuery.constant(FlagReview.class, r)).orElse(null));
    }

    private ReportLinks() {
    }
}
