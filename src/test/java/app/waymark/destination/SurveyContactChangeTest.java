package app.waymark.destination;

import app.waymark.learner.RecordChange.ContactDetailsChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When what the learner gave at the end of the survey is a change to their record, and which. */
class SurveyContactChangeTest {

    private static final SurveyContactChange.Held HELD =
            new SurveyContactChange.Held("nia@mail.example", "07700900111", "+447700900111");

    @Test
    void blank_boxes_an_email_in_other_capitals_and_the_same_mobile_written_another_way_change_nothing() {
        assertThat(SurveyContactChange.of(null, null, HELD)).isEmpty();
        assertThat(SurveyContactChange.of(" ", "", HELD)).isEmpty();
        assertThat(SurveyContactChange.of(" NIA@Mail.example ", "07700 900 111", HELD)).isEmpty();
        assertThat(SurveyContactChange.of("nia@mail.example", "+44 7700 900111", HELD)).isEmpty();
        assertThat(SurveyContactChange.of(null, "(07700) 900-111", HELD)).isEmpty();
    }

    @Test
    void a_new_email_or_mobile_changes_that_and_keeps_the_other_as_the_record_holds_it() {
        assertThat(SurveyContactChange.of("nia.rose@new.example ", "07700 900111", HELD))
                .contains(new ContactDetailsChange("nia.rose@new.example", "07700900111"));
        assertThat(SurveyContactChange.of("", " 07700 900222", HELD))
                .contains(new ContactDetailsChange("nia@mail.example", "07700 900222"));
    }

    @Test
    void a_mobile_for_a_learner_with_none_is_a_change_and_a_learner_with_no_email_keeps_none() {
        SurveyContactChange.Held none = new SurveyContactChange.Held(null, null, null);
        assertThat(SurveyContactChange.of("", "07700900333", none))
                .contains(new ContactDetailsChange(null, "07700900333"));
    }
}
