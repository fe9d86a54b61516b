package app.waymark.ui;

import app.waymark.learner.LearnerSummary;
import app.waymark.security.StaffMember;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class LearnerViewsTest extends KaribuTest {

    @Test
    void staff_search_learners_by_learn_ref_number_and_filter_by_programme_status() {
        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("learners");
        @SuppressWarnings("unchecked")
        Grid<LearnerSummary> grid = _get(Grid.class);
        assertThat(_size(grid)).isGreaterThanOrEqualTo(300);

        _setValue(_get(TextField.class, spec -> spec.withId("learner-search")), "WM00000007");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).learnRefNumber()).isEqualTo("WM00000007");

        _setValue(_get(TextField.class, spec -> spec.withId("learner-search")), "");
        @SuppressWarnings("unchecked")
        ComboBox<app.waymark.learner.ProgrammeStatus> status = _get(ComboBox.class,
                spec -> spec.withLabel("Programme status"));
        _setValue(status, app.waymark.learner.ProgrammeStatus.WITHDRAWN);
        assertThat(_size(grid)).isPositive();
        for (int i = 0; i < Math.min(_size(grid), 20); i++) {
            assertThat(_get(grid, i).programmeStatus()).isEqualTo(app.waymark.learner.ProgrammeStatus.WITHDRAWN);
        }
    }

    @Test
    void the_learner_page_shows_the_record_and_a_bad_email_correction_is_refused_on_the_field() {
        signInToUi("mis@northfield.example");
        LearnerSummary learner = openLearner("WM00000002");
        assertThat(_get(H1.class).getText()).isEqualTo(learner.fullName());

        _click(_get(Button.class, spec -> spec.withId("correct-contact")));
        EmailField email = _get(EmailField.class, spec -> spec.withId("email"));
        _setValue(email, "not an email");
        _click(_get(Button.class, spec -> spec.withId("save-contact")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address in the form name@example.org");

        _setValue(email, "corrected@example.org");
        _click(_get(Button.class, spec -> spec.withId("save-contact")));
        assertThat(_find(EmailField.class, spec -> spec.withId("email"))).isEmpty();
    }

    @Test
    void an_mis_officer_assigns_the_primary_tutor_and_work_coach_from_staff_with_those_roles() {
        signInToUi("mis@northfield.example");
        openLearner("WM00000005");
        assertThat(_get(Div.class, spec -> spec.withId("learner-staff")).getElement().getTextRecursively())
                .contains("Primary tutor: not assigned").contains("Work coach: not assigned");

        _click(_get(Button.class, spec -> spec.withId("assign-staff")));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> tutor = _get(ComboBox.class, spec -> spec.withId("primary-tutor"));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> coach = _get(ComboBox.class, spec -> spec.withId("work-coach"));
        StaffMember tutorChoice = tutor.getListDataView().getItems().findFirst().orElseThrow();
        StaffMember coachChoice = coach.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(tutor.getListDataView().getItems()).doesNotContain(coachChoice);
        _setValue(tutor, tutorChoice);
        _setValue(coach, coachChoice);
        _click(_get(Button.class, spec -> spec.withId("save-staff")));

        String shown = _get(Div.class, spec -> spec.withId("learner-staff")).getElement().getTextRecursively();
        assertThat(shown).contains("Primary tutor: " + tutorChoice.displayName())
                .contains("Work coach: " + coachChoice.displayName());
        assertThat(_find(ComboBox.class, spec -> spec.withId("primary-tutor"))).isEmpty();
    }

    @Test
    void a_tutor_may_view_but_not_correct_a_learner() {
        signInToUi("tutor@northfield.example");
        openLearner("WM00000003");
        assertThat(_find(Button.class, spec -> spec.withId("correct-contact"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("assign-staff"))).isEmpty();
    }

    /** Finds the learner through the list's search and opens their page. */
    private static LearnerSummary openLearner(String learnRefNumber) {
        UI.getCurrent().navigate("learners", QueryParameters.simple(Map.of("q", learnRefNumber)));
        @SuppressWarnings("unchecked")
        Grid<LearnerSummary> grid = _get(Grid.class);
        LearnerSummary learner = _get(grid, 0);
        UI.getCurrent().navigate("learners/" + learner.id());
        return learner;
    }
}
