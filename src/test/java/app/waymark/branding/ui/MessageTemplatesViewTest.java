package app.waymark.branding.ui;

import app.waymark.branding.BrandingService;
import app.waymark.branding.MessageKind;
import app.waymark.branding.MessageTemplates;
import app.waymark.branding.MessageWording;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The message wording editor. Northfield's demo wording is only read; wording is changed as Riverside, whose
 * invitation wording is put back as it was after each test (saved again, as versions are never deleted).
 */
class MessageTemplatesViewTest extends KaribuTest {

    private static final MessageKind KIND = MessageKind.SURVEY_INVITATION;

    @Autowired
    MessageTemplates templates;
    @Autowired
    BrandingService brandings;

    private MessageWording.Draft riversideAtStart;

    @BeforeEach
    void rememberRiversideWording() {
        signIn(RIVERSIDE_ADMIN);
        riversideAtStart = templates.current(KIND).draft();
    }

    @AfterEach
    void putRiversideWordingBack() {
        signIn(RIVERSIDE_ADMIN);
        if (!templates.current(KIND).draft().equals(riversideAtStart)) {
            templates.save(KIND, riversideAtStart);
        }
    }

    @Test
    void the_editor_loads_the_current_wording_of_the_selected_kind_with_a_branded_preview() {
        signInToUi(NORTHFIELD_ADMIN);
        UI.getCurrent().navigate("settings/messages");

        MessageWording invitation = templates.current(KIND);
        assertThat(kind().getValue()).isEqualTo(KIND);
        assertThat(subject().getValue()).isEqualTo(invitation.draft().emailSubject());
        assertThat(body().getValue()).isEqualTo(invitation.draft().emailBody())
                .contains("every answer helps us plan courses");
        assertThat(sms().getValue()).isEqualTo(invitation.draft().smsText());
        assertThat(_size(history())).isGreaterThanOrEqualTo(1);
        assertThat(_get(history(), 0).version()).isEqualTo(invitation.version());
        String srcdoc = _get(IFrame.class, spec -> spec.withId("email-preview")).getSrcdoc().orElseThrow();
        assertThat(srcdoc).contains("#0b6e4f").contains("data:image/png;base64,").doesNotContain("cid:logo");
        assertThat(_get(Span.class, spec -> spec.withId("preview-subject")).getText())
                .startsWith("Subject: ").doesNotContain("{provider.name}");

        _setValue(kind(), MessageKind.SIGN_IN_CODE);

        MessageWording code = templates.current(MessageKind.SIGN_IN_CODE);
        assertThat(subject().getValue()).isEqualTo(code.draft().emailSubject());
        assertThat(sms().getValue()).isEqualTo(code.draft().smsText());
        assertThat(_get(Paragraph.class, spec -> spec.withId("placeholders")).getText()).contains("{signIn.code}")
                .doesNotContain("{survey.link}");
    }

    @Test
    void an_unknown_placeholder_shows_its_line_and_column_on_the_body_and_nothing_is_saved() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/messages");
        int versionBefore = templates.current(KIND).version();
        int historyBefore = _size(history());

        _setValue(body(), "Hello {learner.firstName},\nYour nickname is {learner.nickname}.");
        _click(_get(Button.class, spec -> spec.withId("save-message")));

        assertThat(body().isInvalid()).isTrue();
        assertThat(body().getErrorMessage())
                .contains("Unknown placeholder {learner.nickname} at line 2, column 18");
        assertThat(templates.current(KIND).version()).isEqualTo(versionBefore);
        assertThat(_size(history())).isEqualTo(historyBefore);
    }

    @Test
    void saving_valid_wording_adds_a_version_to_the_history() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/messages");
        int historyBefore = _size(history());
        String newSubject = "What are you doing now? " + UUID.randomUUID();

        _setValue(subject(), newSubject);
        _click(_get(Button.class, spec -> spec.withId("save-message")));

        MessageWording saved = templates.current(KIND);
        assertThat(saved.draft().emailSubject()).isEqualTo(newSubject);
        assertThat(_size(history())).isEqualTo(historyBefore + 1);
        assertThat(_get(history(), 0).version()).isEqualTo(saved.version());
        assertThat(notificationTexts()).contains("Saved as version " + saved.version() + ".");
        assertThat(subject().isInvalid()).isFalse();
    }

    @Test
    void restoring_an_older_version_saves_its_text_as_the_newest_version() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/messages");
        String older = "Older subject " + UUID.randomUUID();
        String newer = "Newer subject " + UUID.randomUUID();
        _setValue(subject(), older);
        _click(_get(Button.class, spec -> spec.withId("save-message")));
        int olderVersion = templates.current(KIND).version();
        _setValue(subject(), newer);
        _click(_get(Button.class, spec -> spec.withId("save-message")));
        assertThat(subject().getValue()).isEqualTo(newer);

        int olderRow = IntStream.range(0, _size(history())).filter(i -> _get(history(), i).version() == olderVersion)
                .findFirst().orElseThrow();
        _click((Button) _getCellComponent(history(), olderRow, "restore"));

        MessageWording restored = templates.current(KIND);
        assertThat(restored.version()).isEqualTo(olderVersion + 2);
        assertThat(restored.restoredFrom()).isEqualTo(olderVersion);
        assertThat(restored.draft().emailSubject()).isEqualTo(older);
        assertThat(subject().getValue()).isEqualTo(older);
        assertThat(_get(history(), 0).version()).isEqualTo(restored.version());
        assertThat(_getFormatted(history(), 0, "note")).isEqualTo("Restored from version " + olderVersion);
        assertThat(_getCellComponent(history(), 0, "restore")).as("the version in use cannot be restored")
                .isNotInstanceOf(Button.class);
        assertThat(_getCellComponent(history(), 1, "restore")).isInstanceOf(Button.class);
    }

    @Test
    void the_sms_length_shows_parts_and_switches_to_ucs2_for_a_curly_quote() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/messages");

        _setValue(sms(), "It's time for your survey");
        assertThat(smsLength().getText()).contains("25 characters").contains("1 part").contains("GSM-7")
                .doesNotContain("UCS-2");

        _setValue(sms(), "It’s time for your survey");
        assertThat(smsLength().getText()).contains("25 characters").contains("UCS-2").contains("’")
                .doesNotContain("GSM-7");

        _setValue(sms(), "x".repeat(161));
        assertThat(smsLength().getText()).contains("161 characters").contains("2 parts");
    }

    @Test
    void send_me_a_test_email_delivers_the_draft_in_the_providers_colour_to_the_signed_in_admin() throws Exception {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/messages");
        String marker = "Test " + UUID.randomUUID();
        String colour = brandings.current().primaryColour();

        _setValue(subject(), marker + " from {provider.name}");
        _click(_get(Button.class, spec -> spec.withId("test-email")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains(RIVERSIDE_ADMIN));
        MimeMessage mail = await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> MAIL.receivedBy(RIVERSIDE_ADMIN).stream()
                        .filter(message -> subjectOf(message).startsWith(marker)).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo(marker + " from " + brandings.current().displayName());
        assertThat(htmlOf(mail)).contains("background:" + colour).contains("Riverside Training");
        assertThat(templates.current(KIND).draft()).isEqualTo(riversideAtStart);
    }

    @Test
    void an_invalid_test_mobile_shows_an_error_on_the_field() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/messages");

        _setValue(_get(TextField.class, spec -> spec.withId("test-mobile")), "12345");
        _click(_get(Button.class, spec -> spec.withId("test-sms")));

        TextField mobile = _get(TextField.class, spec -> spec.withId("test-mobile"));
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).contains("\"12345\" is not a mobile number");
    }

    @SuppressWarnings("unchecked")
    private static Select<MessageKind> kind() {
        return _get(Select.class, spec -> spec.withId("message-kind"));
    }

    private static TextField subject() {
        return _get(TextField.class, spec -> spec.withId("email-subject"));
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("email-body"));
    }

    private static TextArea sms() {
        return _get(TextArea.class, spec -> spec.withId("sms-text"));
    }

    private static Span smsLength() {
        return _get(Span.class, spec -> spec.withId("sms-length"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<MessageWording> history() {
        return _get(Grid.class, spec -> spec.withId("template-history"));
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return Objects.requireNonNullElse(message.getSubject(), "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String htmlOf(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String html = htmlOf(child);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }
}
