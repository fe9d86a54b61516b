package app.waymark.destination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The learner page's Destinations tab, on the demo data (tracking on, a first daily run done at start-up). */
class DestinationsTabTest extends DestinationsTabTestBase {


    @Test
    void a_learner_who_could_not_be_reached_shows_oth_3_flagged_with_the_reason() {
        signInToUi("tutor@northfield.example");
        UUID learner = learnerWith("select learner_id from destination_record where flag = 'NOT_CONTACTABLE'");

        openDestinationsTab(learner);

        Grid<?> records = _get(Grid.class, spec -> spec.withId("destination-records"));
        assertThat(records.getGenericDataView().getItems().count()).isEqualTo(1);
        _assertNone(Button.class, spec -> spec.withId("send-survey-now"));
    }

    @Test
    void an_invited_learner_shows_the_survey_and_its_messages_and_a_second_send_by_hand_is_refused() {
        signInToUi("mis@northfield.example");
        UUID learner = learnerWith("select learner_id from survey_invitation");

        openDestinationsTab(learner);
        Grid<?> invitations = _get(Grid.class, spec -> spec.withId("survey-invitations"));
        assertThat(invitations.getGenericDataView().getItems().count()).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("send-survey-now")));

        assertThat(getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText))
                .anySatisfy(text -> assertThat(text).contains("already sent"));
    }
}
