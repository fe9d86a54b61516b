package app.waymark.destination.ui;

import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The learner page's Destinations tab, on the demo data (tracking on, a first daily run done at start-up). */
class DestinationsTabTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private UUID learnerWith(String sql) {
        return transactions.execute(status -> jdbc.queryForObject(sql + " limit 1", UUID.class));
    }

    private void openDestinationsTab(UUID learner) {
        UI.getCurrent().navigate("learners/" + learner);
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Destinations")) {
                tabs.setSelectedIndex(i);
            }
        }
    }

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
