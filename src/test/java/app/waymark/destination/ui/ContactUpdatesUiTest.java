package app.waymark.destination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo learner who gave a new email address in the survey: shown on their tab, the list and the dashboard. */
class ContactUpdatesUiTest extends DestinationsTabTestBase {

    private static final String PENDING = """
            select i.learner_id from survey_response r join survey_invitation i on i.id = r.invitation_id
            where r.contact_changed and r.contact_review is null""";

    @Test
    void tutors_read_pending_updates_and_staff_who_may_edit_learners_apply_one_from_the_dashboard_link() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("destinations/contact-updates");
        _get(ContactUpdateCard.class, spec -> spec.withClasses("wm-contact-update"));
        _assertNone(Button.class, spec -> spec.withText("Dismiss"));

        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("destinations");
        Anchor figure = _get(Anchor.class, spec -> spec.withId("figure-contact-updates"));
        assertThat(figure.getHref()).isEqualTo("destinations/contact-updates");
        assertThat(figure.getElement().getTextRecursively()).matches("[1-9][0-9]*.*");

        UUID learner = learnerWith(PENDING);
        String given = transactions.execute(status -> jdbc.queryForObject("""
                select r.confirmed_email from survey_response r join survey_invitation i on i.id = r.invitation_id
                where i.learner_id = ?""", String.class, learner));
        openDestinationsTab(learner);
        _click(_get(Button.class, spec -> spec.withText("Update the learner's record")));

        String email = transactions.execute(status -> jdbc.queryForObject("select email from learner where id = ?",
                String.class, learner));
        assertThat(email).isEqualTo(given);
        _assertNone(Button.class, spec -> spec.withText("Update the learner's record"));
    }
}
