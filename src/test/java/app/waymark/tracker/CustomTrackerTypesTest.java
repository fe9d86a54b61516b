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

    @Test
    void a_custom_trackers_values_are_edited_while_open_by_editors_with_the_values_before_and_after_in_the_history() {
        signIn("admin@riverside.example");
        UUID type = types.save(new CustomTrackerType(null, "Laptop loan " + UUID.randomUUID(), List.of(
                new CustomTrackerType.Field("Asset tag", CustomTrackerType.FieldKind.TEXT, true),
                new CustomTrackerType.Field("Return by", CustomTrackerType.FieldKind.DATE, false)),
                true, true, true, 3));
        signIn("tracker-create@riverside.example");
        UUID tracker = trackers.raiseCustom(new CustomRaiseRequest(type, learner("WM00000032"),
                Map.of("Asset tag", "LT-42", "Return by", "2027-01-31"), "first loan", null));
        signIn("tracker-preauthorise@riverside.example");
        trackers.preAuthorise(tracker, trackers.details(tracker).orElseThrow().version());

        signIn("tracker-process@riverside.example");
        TrackerDetails seenByProcessor = trackers.details(tracker).orElseThrow();
        assertThat(seenByProcessor.actions().get(TrackerAction.EDIT)).isPresent();
        assertThatThrownBy(() -> trackers.editCustom(tracker, seenByProcessor.version(),
                Map.of("Asset tag", "LT-43"), null)).isInstanceOf(TrackerRefusedException.class);

        signIn("tracker-edit@riverside.example");
        TrackerDetails page = trackers.details(tracker).orElseThrow();
        assertThat(page.may(TrackerAction.EDIT)).isTrue();
        assertThatThrownBy(() -> trackers.editCustom(tracker, page.version(),
                Map.of("Asset tag", "LT-43", "Return by", "soon"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("Return by"));
        assertThat(trackers.details(tracker).orElseThrow().customValues()).as("a refused edit changes nothing")
                .containsEntry("Asset tag", "LT-42");

        trackers.editCustom(tracker, page.version(), Map.of("Asset tag", "LT-43"), "swapped laptop");

        TrackerDetails edited = trackers.details(tracker).orElseThrow();
        assertThat(edited.customValues()).containsExactly(Map.entry("Asset tag", "LT-43"));
        assertThat(edited.notes()).isEqualTo("swapped laptop");
        assertThat(edited.summary().status()).as("what was pre-authorised has changed").isEqualTo(TrackerStatus.NEW);
        TrackerHistoryLine line = edited.history().getLast();
        assertThat(line.action()).isEqualTo("EDITED");
        assertThat(line.before()).contains("\"Asset tag\": \"LT-42\"", "\"Return by\": \"2027-01-31\"",
                "first loan", "PRE_AUTHORISED");
        assertThat(line.after()).contains("\"Asset tag\": \"LT-43\"", "swapped laptop", "NEW")
                .doesNotContain("Return by");
        assertThatThrownBy(() -> trackers.editCustom(tracker, page.version(), Map.of("Asset tag", "LT-44"), null))
                .as("an edit from a stale page").isInstanceOf(TrackerConflictException.class);

        signIn("tracker-preauthorise@riverside.example");
        trackers.preAuthorise(tracker, edited.version());
        signIn("tracker-process@riverside.example");
        trackers.process(tracker, trackers.details(tracker).orElseThrow().version(), Map.of());
        signIn("tracker-edit@riverside.example");
        TrackerDetails processed = trackers.details(tracker).orElseThrow();
        assertThat(processed.actions().get(TrackerAction.EDIT)).contains(
                app.waymark.base.Sentence.of("tracker.refused.closed"));
        assertThatThrownBy(() -> trackers.editCustom(tracker, processed.version(), Map.of("Asset tag", "LT-45"),
                null)).isInstanceOf(TrackerRefusedException.class);
    }

    @Test
    void a_type_no_tracker_uses_is_deleted_and_one_in_use_is_only_switched_off() {
        signIn("admin@riverside.example");
        List<CustomTrackerType.Field> fields = List.of(
                new CustomTrackerType.Field("Details", CustomTrackerType.FieldKind.TEXT, false));
        UUID unused = types.save(new CustomTrackerType(null, "Unused " + UUID.randomUUID(), fields, false, true,
                true, 5));
        String usedName = "Used " + UUID.randomUUID();
        UUID used = types.save(new CustomTrackerType(null, usedName, fields, false, true, true, 5));
        signIn("tracker-create@riverside.example");
        trackers.raiseCustom(new CustomRaiseRequest(used, learner("WM00000033"), Map.of(), null, null));
        assertThatThrownBy(() -> types.delete(unused)).isInstanceOf(AccessDeniedException.class);

        signIn("admin@riverside.example");
        assertThat(types.trackersOf(unused)).isZero();
        types.delete(unused);
        assertThat(types.find(unused)).isEmpty();

        assertThat(types.trackersOf(used)).isEqualTo(1);
        assertThatThrownBy(() -> types.delete(used)).isInstanceOfSatisfying(CustomTypeInUseException.class, e -> {
            assertThat(e.trackers()).isEqualTo(1);
            assertThat(e.getMessage()).startsWith(usedName + " cannot be deleted").contains("Switch it off");
        });
        assertThat(types.find(used)).isPresent();
    }

    private UUID learner(String learnRefNumber) {
        return learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
    }
}
