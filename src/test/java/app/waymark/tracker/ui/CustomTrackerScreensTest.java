package app.waymark.tracker.ui;

import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.tracker.CustomRaiseRequest;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.TrackerDetails;
import app.waymark.tracker.TrackerHistoryLine;
import app.waymark.tracker.TrackerService;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The provider's own tracker types on screen: editing a raised one's values, deleting or switching off a type. */
class CustomTrackerScreensTest extends KaribuTest {

    @Autowired
    CustomTrackerTypes customTypes;
    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;

    @Test
    void an_editor_changes_a_custom_trackers_values_on_its_page_and_the_history_shows_before_and_after() {
        signIn("admin@northfield.example");
        UUID type = customTypes.save(new CustomTrackerType(null, "Laptop loan " + UUID.randomUUID(), List.of(
                new CustomTrackerType.Field("Asset tag", CustomTrackerType.FieldKind.TEXT, true),
                new CustomTrackerType.Field("Return by", CustomTrackerType.FieldKind.DATE, false)),
                false, true, true, 5));
        signIn("tracker-create@northfield.example");
        UUID tracker = trackers.raiseCustom(new CustomRaiseRequest(type, learner("WM00000245"),
                Map.of("Asset tag", "LT-0245", "Return by", "2027-01-31"), null, null));

        signInToUi("tracker-edit@northfield.example");
        UI.getCurrent().navigate("trackers/" + tracker);
        Button edit = _get(Button.class, spec -> spec.withId("action-EDIT"));
        assertThat(edit.isEnabled()).isTrue();
        _click(edit);
        TextArea tag = _get(TextArea.class, spec -> spec.withLabel("Asset tag"));
        DatePicker returnBy = _get(DatePicker.class, spec -> spec.withLabel("Return by"));
        assertThat(tag.getValue()).as("the dialog opens on the tracker's values").isEqualTo("LT-0245");
        assertThat(returnBy.getValue()).isEqualTo(LocalDate.of(2027, 1, 31));
        _setValue(tag, "");
        _click(_get(Button.class, spec -> spec.withId("edit-save")));
        assertThat(tag.isInvalid()).isTrue();
        assertThat(tag.getErrorMessage()).isEqualTo("Fill in Asset tag");

        _setValue(tag, "LT-0300");
        _setValue(returnBy, LocalDate.of(2027, 2, 28));
        _setValue(_get(TextArea.class, spec -> spec.withId("edit-notes")), "replacement laptop");
        _click(_get(Button.class, spec -> spec.withId("edit-save")));

        assertThat(_find(Button.class, spec -> spec.withId("edit-save"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("tracker-request")).getElement().getTextRecursively())
                .contains("Asset tag: LT-0300")
                .contains("Return by: " + TrackerTexts.date(LocalDate.of(2027, 2, 28)));
        @SuppressWarnings("unchecked")
        Grid<TrackerHistoryLine> history = _get(Grid.class, spec -> spec.withId("tracker-history"));
        int last = _size(history) - 1;
        assertThat(_get(history, last).action()).isEqualTo("EDITED");
        assertThat(_getCellComponent(history, last, "details").getElement().getTextRecursively())
                .contains("Asset tag: LT-0245 \u2192 LT-0300")
                .contains("Return by: 2027-01-31 \u2192 2027-02-28")
                .contains("replacement laptop");
        TrackerDetails saved = trackers.details(tracker).orElseThrow();
        assertThat(saved.customValues()).containsExactly(Map.entry("Asset tag", "LT-0300"),
                Map.entry("Return by", "2027-02-28"));
    }

    @Test
    void a_type_nobody_uses_is_deleted_and_one_in_use_says_why_not_and_is_switched_off_instead() {
        signIn("admin@northfield.example");
        List<CustomTrackerType.Field> fields = List.of(
                new CustomTrackerType.Field("Details", CustomTrackerType.FieldKind.TEXT, false));
        String unusedName = "Unused " + UUID.randomUUID();
        UUID unused = customTypes.save(new CustomTrackerType(null, unusedName, fields, false, true, true, 5));
        String usedName = "Used " + UUID.randomUUID();
        UUID used = customTypes.save(new CustomTrackerType(null, usedName, fields, false, true, true, 5));
        signIn("tracker-create@northfield.example");
        trackers.raiseCustom(new CustomRaiseRequest(used, learner("WM00000246"), Map.of(), null, null));

        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("tracker-settings");
        _click(deleteButton(usedName));
        assertThat(_get(Paragraph.class, spec -> spec.withId("custom-type-delete-text")).getText())
                .isEqualTo(usedName + " cannot be deleted: 1 tracker is of this type, and they keep their type and"
                        + " history. Switch it off instead, so that nobody can raise a new one.");
        assertThat(_find(Button.class, spec -> spec.withId("custom-type-delete-confirm"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("custom-type-switch-off")));
        assertThat(customTypes.find(used)).get().extracting(CustomTrackerType::enabled).isEqualTo(false);

        _click(deleteButton(unusedName));
        assertThat(_get(Paragraph.class, spec -> spec.withId("custom-type-delete-text")).getText())
                .contains("No tracker uses it");
        _click(_get(Button.class, spec -> spec.withId("custom-type-delete-confirm")));
        assertThat(customTypes.find(unused)).isEmpty();
        assertThat(row(unusedName)).isEqualTo(-1);
        @SuppressWarnings("unchecked")
        Grid<CustomTrackerType> grid = _get(Grid.class, spec -> spec.withId("custom-type-grid"));
        assertThat(_get(grid, row(usedName)).enabled()).isFalse();
    }

    private Button deleteButton(String typeName) {
        @SuppressWarnings("unchecked")
        Grid<CustomTrackerType> grid = _get(Grid.class, spec -> spec.withId("custom-type-grid"));
        Component actions = _getCellComponent(grid, row(typeName), "actions");
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName("custom-type-delete")).findFirst().orElseThrow();
    }

    /** The type's row in the settings grid, or -1. */
    private int row(String typeName) {
        @SuppressWarnings("unchecked")
        Grid<CustomTrackerType> grid = _get(Grid.class, spec -> spec.withId("custom-type-grid"));
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).name().equals(typeName)) {
                return i;
            }
        }
        return -1;
    }

    private UUID learner(String learnRefNumber) {
        return learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
    }
}
