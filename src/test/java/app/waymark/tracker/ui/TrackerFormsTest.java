package app.waymark.tracker.ui;

import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.RecordChange;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.TrackerDetails;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerType;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The raise dialog's forms for the staff-led types and the provider's own types, and defining those types. */
class TrackerFormsTest extends KaribuTest {

    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;
    @Autowired
    CustomTrackerTypes customTypes;

    @Test
    void a_change_of_employer_is_raised_from_the_dialog_with_an_employer_not_on_the_eds() {
        UUID learner = openRaise("WM00000241");
        TrackerScreensTest.chooseType(TrackerType.CHANGE_OF_EMPLOYER);
        assertThat(_find(TextField.class, spec -> spec.withId("raise-source"))).isEmpty();
        TextField empId = _get(TextField.class, spec -> spec.withId("change-emp-id"));
        _setValue(empId, "12345");
        _setValue(_get(DatePicker.class, spec -> spec.withId("change-employer-from")), LocalDate.of(2026, 3, 2));
        BigDecimalField hours = _get(BigDecimalField.class, spec -> spec.withId("change-weekly-hours"));
        _setValue(hours, new BigDecimal("150"));
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(empId.isInvalid()).isTrue();
        assertThat(empId.getErrorMessage()).startsWith("Enter the 9-digit Employer Data Service number");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(_find(Select.class, spec -> spec.withId("raise-type"))).hasSize(1);

        _setValue(_get(Checkbox.class, spec -> spec.withId("change-not-on-eds")), true);
        assertThat(empId.isEnabled()).isFalse();
        _setValue(hours, new BigDecimal("30.5"));
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(_find(Select.class, spec -> spec.withId("raise-type"))).isEmpty();

        TrackerDetails raised = only(learner, TrackerType.CHANGE_OF_EMPLOYER);
        RecordChange.EmployerChange change = (RecordChange.EmployerChange) raised.change();
        assertThat(change.from()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(change.empId()).isEqualTo(RecordChange.EmployerChange.NOT_ON_EDS);
        assertThat(change.weeklyHours()).isEqualByComparingTo("30.5");
        assertThat(raised.source()).isNull();
        UI.getCurrent().navigate("trackers/" + raised.summary().id());
        assertThat(_get(Div.class, spec -> spec.withId("tracker-request")).getElement().getTextRecursively())
                .contains("With the new employer from: " + TrackerTexts.date(LocalDate.of(2026, 3, 2)))
                .contains("999999999 (not on the Employer Data Service)").contains("Paid hours a week: 30.5");
    }

    @Test
    void a_withdrawal_is_raised_with_a_reason_chosen_by_its_words() {
        UUID learner = openRaise("WM00000242");
        TrackerScreensTest.chooseType(TrackerType.WITHDRAWAL);
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        @SuppressWarnings("unchecked")
        Select<Integer> reason = _get(Select.class, spec -> spec.withId("change-withdraw-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Choose the ILR withdrawal reason");
        assertThat(reason.getListDataView().getItems().toList()).isEqualTo(RecordChange.Withdrawal.REASONS);
        assertThat(reason.getItemLabelGenerator().apply(44)).isEqualTo("44 \u2013 Other personal reasons");

        _setValue(_get(DatePicker.class, spec -> spec.withId("change-last-day")), LocalDate.of(2026, 2, 27));
        _setValue(reason, 44);
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(_find(Select.class, spec -> spec.withId("raise-type"))).isEmpty();

        TrackerDetails raised = only(learner, TrackerType.WITHDRAWAL);
        assertThat(raised.change()).isEqualTo(new RecordChange.Withdrawal(LocalDate.of(2026, 2, 27), 44));
        UI.getCurrent().navigate("trackers/" + raised.summary().id());
        assertThat(_get(Div.class, spec -> spec.withId("tracker-request")).getElement().getTextRecursively())
                .contains("Last day of learning: " + TrackerTexts.date(LocalDate.of(2026, 2, 27)))
                .contains("Withdrawal reason: 44 \u2013 Other personal reasons");
    }

    @Test
    void the_break_return_and_programme_forms_open_and_ask_for_their_dates() {
        openRaise("WM00000243");
        TrackerScreensTest.chooseType(TrackerType.BREAK_IN_LEARNING);
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("change-last-day")).getErrorMessage())
                .isEqualTo("Enter the last day of learning");

        TrackerScreensTest.chooseType(TrackerType.RETURN_TO_LEARNING);
        DatePicker restart = _get(DatePicker.class, spec -> spec.withId("change-restart-date"));
        DatePicker plannedEnd = _get(DatePicker.class, spec -> spec.withId("change-planned-end-date"));
        assertThat(plannedEnd.getHelperText()).startsWith("Leave empty to use Waymark's proposal");
        _setValue(restart, LocalDate.of(2026, 4, 1));
        _setValue(plannedEnd, LocalDate.of(2026, 3, 1));
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(plannedEnd.isInvalid()).isTrue();
        assertThat(restart.isInvalid()).isFalse();

        TrackerScreensTest.chooseType(TrackerType.CHANGE_OF_PROGRAMME);
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("change-new-programme")).getErrorMessage())
                .isEqualTo("Enter the new programme");
        assertThat(_find(Select.class, spec -> spec.withId("raise-type"))).hasSize(1);
    }

    @Test
    void a_providers_own_type_is_raised_from_its_fields_and_shown_by_its_name() {
        signIn("admin@northfield.example");
        String name = "Laptop loan " + UUID.randomUUID();
        UUID typeId = customTypes.save(new CustomTrackerType(null, name, List.of(
                new CustomTrackerType.Field("Asset tag", CustomTrackerType.FieldKind.TEXT, true),
                new CustomTrackerType.Field("Return by", CustomTrackerType.FieldKind.DATE, false)),
                false, true, true, 5));
        UUID learner = openRaise("WM00000244");
        @SuppressWarnings("unchecked")
        Select<RaiseTrackerDialog.TypeChoice> type = _get(Select.class, spec -> spec.withId("raise-type"));
        RaiseTrackerDialog.TypeChoice laptop = type.getListDataView().getItems()
                .filter(choice -> choice.custom() != null && choice.custom().id().equals(typeId))
                .findFirst().orElseThrow();
        assertThat(type.getItemLabelGenerator().apply(laptop)).isEqualTo(name);
        _setValue(type, laptop);
        assertThat(_find(DatePicker.class, spec -> spec.withId("raise-effective-date"))).isEmpty();
        TextArea tag = _get(TextArea.class, spec -> spec.withLabel("Asset tag"));
        assertThat(tag.isRequiredIndicatorVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(tag.isInvalid()).isTrue();
        assertThat(tag.getErrorMessage()).isEqualTo("Fill in Asset tag");

        _setValue(tag, "LT-0244");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Return by")), LocalDate.of(2027, 1, 31));
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(_find(Select.class, spec -> spec.withId("raise-type"))).isEmpty();

        TrackerDetails raised = only(learner, TrackerType.CUSTOM);
        assertThat(raised.customValues()).containsExactly(Map.entry("Asset tag", "LT-0244"),
                Map.entry("Return by", "2027-01-31"));
        UI.getCurrent().navigate("trackers/" + raised.summary().id());
        assertThat(_get(H1.class).getText()).contains(name);
        assertThat(_get(Div.class, spec -> spec.withId("tracker-request")).getElement().getTextRecursively())
                .contains("Asset tag: LT-0244").contains("Return by: " + TrackerTexts.date(LocalDate.of(2027, 1, 31)));

        UI.getCurrent().navigate("trackers", QueryParameters.simple(Map.of("learner", learner.toString())));
        @SuppressWarnings("unchecked")
        Grid<TrackerSummary> grid = _get(Grid.class, spec -> spec.withId("tracker-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "type")).isEqualTo(name);
    }

    @Test
    void a_provider_admin_defines_a_type_on_the_settings_page_and_a_refusal_lands_on_its_field() {
        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("tracker-settings");
        _click(_get(Button.class, spec -> spec.withId("custom-type-new")));
        String name = "Parking permit " + UUID.randomUUID();
        TextField typeName = _get(TextField.class, spec -> spec.withId("custom-type-name"));
        _click(_get(Button.class, spec -> spec.withId("custom-type-save")));
        assertThat(typeName.isInvalid()).isTrue();
        assertThat(typeName.getErrorMessage()).isEqualTo("Give the tracker type a name");

        _setValue(typeName, name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Field 1")), "Car registration");
        _click(_get(Button.class, spec -> spec.withId("custom-type-add-field")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Field 2")), "car registration");
        @SuppressWarnings("unchecked")
        List<Select<CustomTrackerType.FieldKind>> kinds = (List) _find(Select.class,
                spec -> spec.withClasses("custom-type-field-kind"));
        _setValue(kinds.get(1), CustomTrackerType.FieldKind.DATE);
        IntegerField dueDays = _get(IntegerField.class, spec -> spec.withId("custom-type-due-days"));
        _setValue(dueDays, 7);
        _click(_get(Button.class, spec -> spec.withId("custom-type-save")));
        assertThat(_get(Span.class, spec -> spec.withId("custom-type-fields-error")).getText())
                .isEqualTo("Two fields are called car registration");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Field 2")), "Permit starts");
        List<Checkbox> required = _find(Checkbox.class, spec -> spec.withClasses("custom-type-field-required"));
        _setValue(required.get(0), true);
        _click(_get(Button.class, spec -> spec.withId("custom-type-save")));
        assertThat(_find(TextField.class, spec -> spec.withId("custom-type-name"))).isEmpty();

        CustomTrackerType saved = customTypes.all().stream().filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(saved.fields()).containsExactly(
                new CustomTrackerType.Field("Car registration", CustomTrackerType.FieldKind.TEXT, true),
                new CustomTrackerType.Field("Permit starts", CustomTrackerType.FieldKind.DATE, false));
        assertThat(saved.dueDays()).isEqualTo(7);
        assertThat(saved.enabled()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<CustomTrackerType> grid = _get(Grid.class, spec -> spec.withId("custom-type-grid"));
        assertThat(_get(grid, _size(grid) - 1)).isNotNull();
        boolean listed = false;
        for (int i = 0; i < _size(grid); i++) {
            listed |= _get(grid, i).name().equals(name);
        }
        assertThat(listed).isTrue();
    }

    /** Signs in as a tracker creator, opens the learner's Trackers tab and the raise dialog; the learner's id. */
    private UUID openRaise(String learnRefNumber) {
        signInToUi("tracker-create@northfield.example");
        UUID learner = learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1,
                Sort.unsorted()).getFirst().id();
        UI.getCurrent().navigate("trackers", QueryParameters.simple(Map.of("learner", learner.toString())));
        _click(_get(Button.class, spec -> spec.withId("list-raise-tracker")));
        return learner;
    }

    /** The one open tracker of this type for the learner. */
    private TrackerDetails only(UUID learner, TrackerType type) {
        List<TrackerSummary> found = trackers.find(new TrackerFilter(type, TrackerStatus.NEW,
                TrackerFilter.Assignee.ANYONE, null, learner, null, null, false), 0, 10);
        assertThat(found).hasSize(1);
        return trackers.details(found.getFirst().id()).orElseThrow();
    }
}
