package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.base.InvalidInputException;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomTrackerTypesTest extends IntegrationTest {

    @Autowired
    CustomTrackerTypes types;
    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;

    @Test
    void a_providers_own_type_is_raised_with_its_fields_and_processing_changes_nothing_in_the_record() {
        signIn("admin@riverside.example");
        UUID type = types.save(new CustomTrackerType(null, "Laptop loan " + UUID.randomUUID(), List.of(
                new CustomTrackerType.Field("Asset tag", CustomTrackerType.FieldKind.TEXT, true),
                new CustomTrackerType.Field("Return by", CustomTrackerType.FieldKind.DATE, false)),
                false, false, true, 3));
        signIn("tutor@riverside.example");
        UUID learner = learner("WM00000031");
        LearnerDetails before = learners.details(learner).orElseThrow();
        assertThatThrownBy(() -> trackers.raiseCustom(new CustomRaiseRequest(type, learner,
                Map.of("Return by", "2027-01-31"), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("Asset tag"));
        assertThatThrownBy(() -> trackers.raiseCustom(new CustomRaiseRequest(type, learner,
                Map.of("Asset tag", "LT-42", "Return by", "next week"), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("Return by"));
        UUID tracker = trackers.raiseCustom(new CustomRaiseRequest(type, learner,
                Map.of("Asset tag", "LT-42", "Return by", "2027-01-31"), null, null));

        signIn("tracker-process@riverside.example");
        TrackerDetails page = trackers.details(tracker).orElseThrow();
        assertThat(page.customValues()).containsExactly(Map.entry("Asset tag", "LT-42"),
                Map.entry("Return by", "2027-01-31"));
        assertThat(page.summary().customTypeName()).startsWith("Laptop loan");
        assertThat(page.preview().effects()).extracting(effect -> effect.key())
                .containsExactly("tracker.custom.no-effect");
        assertThat(page.actions().get(TrackerAction.REJECT)).isPresent();
        assertThat(page.may(TrackerAction.PROCESS)).isTrue();
        assertThatThrownBy(() -> trackers.reject(tracker, page.version(), "not needed"))
                .isInstanceOf(TrackerRefusedException.class);

        trackers.process(tracker, page.version(), Map.of());
        assertThat(trackers.details(tracker).orElseThrow().summary().status()).isEqualTo(TrackerStatus.PROCESSED);
        assertThat(learners.details(learner).orElseThrow().contact()).isEqualTo(before.contact());
    }

    @Test
    void a_type_needs_a_name_unique_in_the_provider_and_only_admins_define_types() {
        signIn("admin@riverside.example");
        List<CustomTrackerType.Field> fields = List.of(
                new CustomTrackerType.Field("Notes", CustomTrackerType.FieldKind.TEXT, false));
        String name = "Unique check " + UUID.randomUUID();
        types.save(new CustomTrackerType(null, name, fields, true, true, true, 5));
        assertThatThrownBy(() -> types.save(new CustomTrackerType(null, name.toUpperCase(), fields, true, true, true,
                5))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> types.save(new CustomTrackerType(null, "No fields", List.of(), true, true, true, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("fields"));
        signIn("tutor@riverside.example");
        assertThatThrownBy(() -> types.save(new CustomTrackerType(null, "By a tutor", fields, true, true, true, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private UUID learner(String learnRefNumber) {
        return learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
    }
}
