package app.waymark.tracker.ui;

import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerListLinks;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerListQueryTest {

    @Test
    void every_filter_survives_the_round_trip_through_the_url() {
        UUID person = UUID.randomUUID();
        UUID learner = UUID.randomUUID();
        TrackerFilter filter = new TrackerFilter(TrackerType.CHANGE_OF_NAME, TrackerStatus.PRE_AUTHORISED,
                TrackerFilter.Assignee.PERSON, person, learner, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                true);
        Map<String, String> query = TrackerListQuery.of(filter);
        assertThat(query).containsEntry("assignee", person.toString()).containsEntry("overdue", "true")
                .containsEntry("raisedFrom", "2026-09-01");
        assertThat(TrackerListQuery.parse(QueryParameters.simple(query))).isEqualTo(filter);
    }

    @Test
    void open_trackers_from_one_source_are_a_link_other_pages_can_make() {
        TrackerFilter fromSurveys = TrackerFilter.openFrom(TrackerType.CHANGE_OF_CONTACT_DETAILS,
                "Destination survey");
        assertThat(TrackerListLinks.to(fromSurveys))
                .isEqualTo("trackers?type=CHANGE_OF_CONTACT_DETAILS&open=true&source=Destination%20survey");
        assertThat(TrackerListQuery.parse(QueryParameters.fromString(
                "type=CHANGE_OF_CONTACT_DETAILS&open=true&source=Destination%20survey"))).isEqualTo(fromSurveys);
    }

    @Test
    void me_and_unassigned_are_words_in_the_url_and_no_filter_is_no_query() {
        TrackerFilter mine = new TrackerFilter(null, null, TrackerFilter.Assignee.ME, null, null, null, null, false);
        assertThat(TrackerListQuery.link(mine)).isEqualTo("trackers?assignee=ME");
        assertThat(TrackerListQuery.parse(QueryParameters.simple(Map.of("assignee", "UNASSIGNED"))).assignee())
                .isEqualTo(TrackerFilter.Assignee.UNASSIGNED);
        assertThat(TrackerListQuery.link(TrackerFilter.none())).isEqualTo("trackers");
    }

    @Test
    void what_the_url_gets_wrong_is_no_filter_rather_than_an_error() {
        TrackerFilter parsed = TrackerListQuery.parse(QueryParameters.simple(Map.of("type", "NO_SUCH_TYPE",
                "status", "closed", "assignee", "someone", "learner", "x", "raisedFrom", "yesterday",
                "overdue", "yes")));
        assertThat(parsed).isEqualTo(TrackerFilter.none());
    }
}
