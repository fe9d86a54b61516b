package app.waymark.branding;

import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What saving wording checks before anything is stored (the checks need no database). */
class MessageTemplatesCheckTest {

    private final MessageTemplates templates = new MessageTemplates(null, null, Clock.systemUTC());

    private static MessageWording.Draft withSms(String sms) {
        return new MessageWording.Draft("Subject", "Hello {learner.firstName}", sms);
    }

    @Test
    void an_unknown_placeholder_is_refused_with_its_field_and_position() {
        assertThatThrownBy(() -> templates.check(MessageKind.SURVEY_INVITATION,
                new MessageWording.Draft("Hi {learner.nickname}", "Body", "SMS {unsubscribe.link}")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("emailSubject"))
                .hasMessageContaining("{learner.nickname}").hasMessageContaining("line 1, column 4");
    }

    @Test
    void an_sms_over_one_part_is_saved_with_a_warning_and_over_six_parts_is_refused() {
        assertThat(templates.check(MessageKind.SURVEY_INVITATION, withSms("x".repeat(200) + " {unsubscribe.link}")))
                .anySatisfy(warning -> assertThat(warning).contains("2 parts"));
        assertThatThrownBy(() -> templates.check(MessageKind.SURVEY_INVITATION, withSms("x".repeat(1_000))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("smsText"))
                .hasMessageContaining("7 parts; the most is 6");
    }

    @Test
    void characters_outside_gsm_7_are_named_in_a_ucs_2_warning() {
        assertThat(templates.check(MessageKind.SIGN_IN_CODE, withSms("Your code’s ready: {signIn.code}")))
                .anySatisfy(warning -> assertThat(warning).contains("UCS-2").contains("’"));
    }

    @Test
    void a_kind_with_an_unsubscribe_link_warns_when_the_sms_has_none() {
        assertThat(templates.check(MessageKind.SURVEY_REMINDER, withSms("Reminder: {survey.link}")))
                .anySatisfy(warning -> assertThat(warning).contains("{unsubscribe.link}"));
        assertThat(templates.check(MessageKind.SIGN_IN_CODE, withSms("Code {signIn.code}"))).isEmpty();
    }
}
