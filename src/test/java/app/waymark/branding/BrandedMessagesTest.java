package app.waymark.branding;

import app.waymark.IntegrationTest;
import app.waymark.base.InvalidInputException;
import app.waymark.notification.MessageChannel;
import app.waymark.notification.QueuedMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Test sends go through the real outbox and arrive in the provider's wording, look and sender. */
class BrandedMessagesTest extends IntegrationTest {

    @Autowired
    BrandedMessages messages;
    @Autowired
    MessageTemplates templates;

    @Test
    void a_test_survey_invitation_arrives_by_smtp_with_the_providers_sender_colour_logo_and_unsubscribe_link()
            throws Exception {
        signIn(NORTHFIELD_ADMIN);
        MessageWording.Draft draft = templates.current(MessageKind.SURVEY_INVITATION).draft();
        QueuedMessage queued = messages.sendTest(MessageKind.SURVEY_INVITATION, draft, MessageChannel.EMAIL, null);

        MimeMessage mail = arrivedWithId(NORTHFIELD_ADMIN, queued);
        assertThat(mail.getFrom()[0].toString())
                .isEqualTo("Northfield College Learner Services <surveys@northfield.example>");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("learner-services@northfield.example");
        assertThat(mail.getSubject()).isEqualTo("Northfield College: tell us what you are doing now");
        List<Part> parts = leaves(mail);
        String text = content(parts, "text/plain");
        String html = content(parts, "text/html");
        assertThat(text).contains("Hello Aisha").contains("/survey/SAMPLE-LINK")
                .contains("Stop these messages: ").contains("/unsubscribe/SAMPLE-LINK");
        assertThat(html).contains("background:#0b6e4f").contains("src=\"cid:logo\"")
                .contains("href=\"http://").contains("Stop these messages");
        assertThat(parts).anySatisfy(part -> {
            assertThat(part.isMimeType("image/png")).isTrue();
            assertThat(((BodyPart) part).getHeader("Content-ID")[0]).isEqualTo("<logo>");
        });
    }

    @Test
    void a_sign_in_code_has_no_unsubscribe_link() throws Exception {
        signIn(NORTHFIELD_ADMIN);
        QueuedMessage queued = messages.sendTest(MessageKind.SIGN_IN_CODE,
                templates.current(MessageKind.SIGN_IN_CODE).draft(), MessageChannel.EMAIL, null);

        List<Part> parts = leaves(arrivedWithId(NORTHFIELD_ADMIN, queued));
        assertThat(content(parts, "text/plain")).contains("482 913").doesNotContain("Stop these messages");
        assertThat(content(parts, "text/html")).doesNotContain("unsubscribe");
    }

    @Test
    void a_test_sms_reaches_vonage_from_the_providers_sender_id() {
        signIn(NORTHFIELD_ADMIN);
        messages.sendTest(MessageKind.SURVEY_REMINDER, templates.current(MessageKind.SURVEY_REMINDER).draft(),
                MessageChannel.SMS, "07700 900321");

        await().atMost(Duration.ofSeconds(15)).until(() -> VONAGE.smsRequests().stream()
                .anyMatch(request -> request.getBodyAsString().contains("to=447700900321")));
        String body = VONAGE.smsRequests().stream().filter(r -> r.getBodyAsString().contains("to=447700900321"))
                .findFirst().orElseThrow().getBodyAsString();
        assertThat(body).contains("from=Northfield").contains("Aisha");
    }

    @Test
    void a_test_sms_to_a_number_that_is_not_a_mobile_is_refused_with_the_field() {
        signIn(NORTHFIELD_ADMIN);
        assertThatThrownBy(() -> messages.sendTest(MessageKind.SURVEY_REMINDER,
                templates.current(MessageKind.SURVEY_REMINDER).draft(), MessageChannel.SMS, "0161 496 0000"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("mobileNumber"))
                .hasMessageContaining("is not a mobile number");
    }

    @Test
    void a_test_of_wording_with_an_unknown_placeholder_is_refused_before_anything_is_queued() {
        signIn(NORTHFIELD_ADMIN);
        MessageWording.Draft draft = new MessageWording.Draft("Hi", "Hello {learner.nickname}", "SMS");

        assertThatThrownBy(() -> messages.sendTest(MessageKind.SURVEY_INVITATION, draft, MessageChannel.EMAIL, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("emailBody"))
                .hasMessageContaining("{learner.nickname}").hasMessageContaining("line 1, column 7");
    }

    private static MimeMessage arrivedWithId(String to, QueuedMessage queued) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> MAIL.receivedBy(to).stream()
                .filter(mail -> hasId(mail, queued)).findFirst().orElse(null), mail -> mail != null);
    }

    private static boolean hasId(MimeMessage mail, QueuedMessage queued) {
        try {
            String[] ids = mail.getHeader("X-Waymark-Message-Id");
            return ids != null && ids[0].equals(queued.id().toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static String content(List<Part> parts, String type) throws Exception {
        for (Part part : parts) {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new IOException("No " + type + " part");
    }
}
