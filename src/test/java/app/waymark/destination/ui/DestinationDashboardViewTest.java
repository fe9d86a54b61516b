package app.waymark.destination.ui;

import app.waymark.base.ui.AccessDeniedView;
import app.waymark.destination.DestinationDashboard;
import app.waymark.destination.DestinationDashboard.Figure;
import app.waymark.destination.DestinationReport.OutcomeFilter;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.YearMonth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The destinations dashboard on the demo data: its numbers, the links behind them, the charts, who may see it. */
class DestinationDashboardViewTest extends KaribuTest {

    @Autowired
    DestinationDashboard dashboard;

    private Anchor figure(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    @Test
    void the_mis_officer_sees_the_figures_each_linking_to_the_report() {
        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("destinations");
        DestinationDashboard.Figures f = dashboard.lastTwelveMonths();
        String period = "from=" + f.from() + "&to=" + f.to();

        assertThat(figure("figure-sent").getElement().getTextRecursively()).startsWith(Integer.toString(f.sent()));
        assertThat(figure("figure-sent").getHref()).isEqualTo("destinations/report?basis=SENT&" + period);
        assertThat(figure("figure-answered").getHref())
                .isEqualTo("destinations/report?status=RESPONDED&basis=SENT&" + period);
        assertThat(figure("figure-response-rate").getHref())
                .isEqualTo("destinations/report?status=RESPONDED&basis=SENT&" + period);
        assertThat(figure("figure-waiting").getHref())
                .isEqualTo("destinations/report?status=SENT&basis=SENT&" + period);
        assertThat(figure("figure-no-response").getHref())
                .isEqualTo("destinations/report?status=NO_RESPONSE&basis=SENT&" + period);
        assertThat(figure("figure-unsubscribed").getHref())
                .isEqualTo("destinations/report?status=UNSUBSCRIBED&basis=SENT&" + period);
        assertThat(figure("figure-not-contactable").getElement().getTextRecursively())
                .startsWith(Integer.toString(f.get(Figure.NOT_CONTACTABLE)));
        assertThat(figure("figure-not-contactable").getHref())
                .isEqualTo("destinations/report?status=NOT_CONTACTABLE&basis=COLLECTED&" + period);
        assertThat(figure("figure-overdue").getElement().getTextRecursively())
                .startsWith(Integer.toString(f.get(Figure.OVERDUE)));
        assertThat(figure("figure-overdue").getHref()).isEqualTo("destinations/report?status=OVERDUE");
        assertThat(figure("figure-flagged").getElement().getTextRecursively())
                .startsWith(Integer.toString(f.get(Figure.FLAGGED)));
        assertThat(f.get(Figure.FLAGGED)).isPositive();
        assertThat(figure("figure-flagged").getHref()).isEqualTo("destinations/report?flagged=true&review=UNREVIEWED");
        assertThat(figure("figure-positive").getHref())
                .isEqualTo("destinations/report?outcome=POSITIVE&basis=COLLECTED&" + period);
        assertThat(figure("outcome-OTH").getText()).isEqualTo(f.outcomes().get(OutcomeFilter.OTH).toString());
        assertThat(figure("outcome-OTH").getHref())
                .isEqualTo("destinations/report?outcome=OTH&basis=COLLECTED&" + period);
        YearMonth thisMonth = YearMonth.from(f.to());
        assertThat(figure("month-sent-" + thisMonth).getHref()).isEqualTo("destinations/report?basis=SENT&from="
                + thisMonth.atDay(1) + "&to=" + thisMonth.atEndOfMonth());
        assertThat(figure("month-answered-" + thisMonth).getHref())
                .isEqualTo("destinations/report?status=RESPONDED&basis=RESPONDED&from=" + thisMonth.atDay(1)
                        + "&to=" + thisMonth.atEndOfMonth());
    }

    @Test
    void the_charts_are_svg_with_a_title_for_screen_readers() {
        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("destinations");

        String outcomes = _get(Svg.class, spec -> spec.withId("outcomes-chart")).getElement().toString();
        assertThat(outcomes).contains("role=\"img\"").contains("<title id=\"outcomes-chart-title\">");
        _assertOne(Svg.class, spec -> spec.withId("trend-chart"));
    }

    @Test
    void a_tutor_typing_the_address_gets_access_denied() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("destinations");

        _assertOne(AccessDeniedView.class);
        _assertNone(Anchor.class, spec -> spec.withId("figure-sent"));
    }

    @Test
    void chart_labels_are_escaped() {
        assertThat(DestinationDashboardView.escape("A & <b>\"")).isEqualTo("A &amp; &lt;b&gt;&quot;");
    }
}
