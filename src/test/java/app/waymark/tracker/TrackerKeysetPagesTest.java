package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.RecordChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The export reads the filtered trackers page after page by keyset: nothing repeats or hides when one is raised. */
class TrackerKeysetPagesTest extends IntegrationTest {

    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;

    @Test
    void pages_after_the_last_tracker_read_neither_repeat_nor_skip_one_when_a_tracker_is_raised_meanwhile() {
        signIn("tracker-create@riverside.example");
        UUID learner = learners.find(new LearnerFilter("WM00000034", null, null, null, null), 0, 1,
                Sort.unsorted()).getFirst().id();
        TrackerFilter filter = TrackerFilter.ofLearner(learner);
        List<UUID> before = trackers.find(filter, 0, 1000).stream().map(TrackerSummary::id).toList();
        // raised at the same instant (the test clock stands still): the order falls back to the id
        List<UUID> raised = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            raised.add(raise(learner, i + " Keyset Street"));
        }
        List<UUID> all = trackers.find(filter, 0, 1000).stream().map(TrackerSummary::id).toList();
        assertThat(all).hasSize(before.size() + 3);

        List<TrackerSummary> first = trackers.findAfter(filter, null, 2);
        assertThat(first).extracting(TrackerSummary::id).isEqualTo(all.subList(0, 2));
        UUID meanwhile = raise(learner, "9 Keyset Street");
        List<UUID> read = new ArrayList<>(first.stream().map(TrackerSummary::id).toList());
        TrackerSummary last = first.getLast();
        while (true) {
            List<TrackerSummary> next = trackers.findAfter(filter, last, 2);
            next.forEach(tracker -> read.add(tracker.id()));
            if (next.size() < 2) {
                break;
            }
            last = next.getLast();
        }

        assertThat(read).as("every tracker there when the export began, once, in the list's order")
                .isEqualTo(all).doesNotContain(meanwhile);
        assertThat(raised).allSatisfy(id -> assertThat(read).contains(id));
    }

    private UUID raise(UUID learner, String line1) {
        return trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS, learner,
                new RecordChange.AddressChange(line1, null, null, null, "LS6 2AB"), null, null,
                "phone call from learner", null, null));
    }
}
