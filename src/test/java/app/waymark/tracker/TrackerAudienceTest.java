package app.waymark.tracker;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerAudienceTest {

    private final UUID actor = UUID.randomUUID();
    private final UUID assignee = UUID.randomUUID();
    private final UUID raiser = UUID.randomUUID();
    private final UUID tutor = UUID.randomUUID();
    private final UUID reviewer = UUID.randomUUID();

    @Test
    void a_raise_tells_the_assignee_and_reviewers_each_once_never_the_tutor_nor_whoever_raised_it() {
        Map<UUID, TrackerAudience.Role> told = TrackerAudience.of(facts(TrackerEvent.Kind.RAISED, raiser,
                List.of(reviewer, assignee, raiser)));
        assertThat(told).containsExactly(Map.entry(assignee, TrackerAudience.Role.ASSIGNEE),
                Map.entry(reviewer, TrackerAudience.Role.REVIEWER));
    }

    @Test
    void processing_tells_the_tutor_and_the_raiser_and_only_processing_reaches_the_tutor() {
        assertThat(TrackerAudience.of(facts(TrackerEvent.Kind.PROCESSED, actor, List.of())))
                .containsExactly(Map.entry(tutor, TrackerAudience.Role.TUTOR),
                        Map.entry(raiser, TrackerAudience.Role.RAISER));
        for (TrackerEvent.Kind kind : TrackerEvent.Kind.values()) {
            if (kind != TrackerEvent.Kind.PROCESSED) {
                assertThat(TrackerAudience.of(facts(kind, actor, List.of(reviewer)))).as(kind.name())
                        .doesNotContainKey(tutor);
            }
        }
    }

    @Test
    void the_outcome_reaches_the_raiser_unless_they_did_it_and_edits_reach_nobody() {
        assertThat(TrackerAudience.of(facts(TrackerEvent.Kind.REJECTED, actor, List.of())))
                .containsOnlyKeys(raiser);
        assertThat(TrackerAudience.of(facts(TrackerEvent.Kind.CANCELLED, raiser, List.of()))).isEmpty();
        assertThat(TrackerAudience.of(facts(TrackerEvent.Kind.EDITED, actor, List.of(reviewer)))).isEmpty();
    }

    @Test
    void an_allocation_to_nobody_tells_nobody_and_a_pre_authorisation_reaches_the_assignee_without_email() {
        var unassigned = new TrackerAudience.Facts(TrackerEvent.Kind.ASSIGNED, actor, null, raiser, tutor,
                List.of(reviewer));
        assertThat(TrackerAudience.of(unassigned)).isEmpty();
        assertThat(TrackerAudience.concernsReviewers(TrackerEvent.Kind.ASSIGNED, null)).isFalse();
        assertThat(TrackerAudience.of(facts(TrackerEvent.Kind.PRE_AUTHORISED, actor, List.of(reviewer))))
                .containsOnlyKeys(assignee);
        assertThat(TrackerAudience.emailed(TrackerEvent.Kind.PRE_AUTHORISED)).isFalse();
    }

    private TrackerAudience.Facts facts(TrackerEvent.Kind kind, UUID by, List<UUID> reviewers) {
        return new TrackerAudience.Facts(kind, by, assignee, raiser, tutor, reviewers);
    }
}
