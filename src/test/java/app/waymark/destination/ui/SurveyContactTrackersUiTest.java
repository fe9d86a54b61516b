package app.waymark.destination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact details demo learners gave in the survey are change-of-contact-details trackers: the dashboard's "Contact
 * details to review" counts the open ones and links to the tracker list filtered to exactly those; details the
 * tracker rules refused are told on the learner's Destinations tab.
 */
class SurveyContactTrackersUiTest extends DestinationsTabTestBase {

    private static final String OPEN_FROM_SURVEY = """
            from tracker where tracker_type = 'CHANGE_OF_CONTACT_DETAILS' and source = 'Destination survey'
              and status in ('NEW', 'PRE_AUTHORISED')""";

    @Test
    void the_dashboard_figure_counts_open_trackers_from_the_survey_and_links_to_the_list_of_them() {
        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("destinations");
        long open = transactions.execute(status -> jdbc.queryForObject("select count(*) " + OPEN_FROM_SURVEY,
                Long.class));
        assertThat(open).as("the demo learner who gave a new email in the survey").isPositive();

        Anchor figure = _get(Anchor.class, spec -> spec.withId("figure-contact-updates"));
        assertThat(figure.getElement().getTextRecursively()).startsWith(open + "Contact details to review");
        assertThat(figure.getHref())
                .isEqualTo("trackers?type=CHANGE_OF_CONTACT_DETAILS&open=true&source=Destination%20survey");

        String href = figure.getHref();
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')),
                QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        assertThat(_get(Span.class, spec -> spec.withId("filter-source-name")).getText())
                .isEqualTo("Source: Destination survey");
        assertThat(_get(Checkbox.class, spec -> spec.withId("filter-open")).getValue()).isTrue();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("tracker-grid")))).isEqualTo((int) open);
    }

    @Test
    void contact_details_the_tracker_rules_refused_are_told_on_the_learners_destinations_tab() {
        signInToUi("mis@northfield.example");
        Map<String, Object> answered = transactions.execute(status -> jdbc.queryForMap("""
                select r.invitation_id, i.learner_id, r.confirmed_email, r.confirmed_mobile
                from survey_response r join survey_invitation i on i.id = r.invitation_id
                where r.submitted_at is not null and r.contact_review is null limit 1"""));
        UUID invitation = (UUID) answered.get("invitation_id");
        contactDetails(invitation, "moved@mail.example", "", "NOT_RAISED",
                "Your provider does not take this kind of request online.");
        try {
            openDestinationsTab((UUID) answered.get("learner_id"));

            assertThat(_get(Paragraph.class, spec -> spec.withClasses("wm-contact-not-raised")).getText())
                    .contains("email: moved@mail.example; mobile: left empty")
                    .endsWith("The reason: Your provider does not take this kind of request online.");
        } finally {
            contactDetails(invitation, (String) answered.get("confirmed_email"),
                    (String) answered.get("confirmed_mobile"), null, null);
        }
    }

    /** Sets what an answered demo survey's contact details were and what became of them (put back afterwards). */
    private void contactDetails(UUID invitation, String email, String mobile, String review, String note) {
        transactions.executeWithoutResult(status -> jdbc.update("""
                update survey_response set confirmed_email = ?, confirmed_mobile = ?, contact_review = ?,
                    contact_note = ?
                where invitation_id = ?""", email, mobile, review, note, invitation));
    }
}
