package app.waymark.branding.ui;

import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.ui.AccessDeniedView;
import app.waymark.branding.Branding;
import app.waymark.branding.BrandingChange;
import app.waymark.branding.BrandingService;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branding page: Northfield's demo branding is only read; changes are made as Riverside, whose default look is
 * restored after each test so other tests (and the browser journeys) still see it.
 */
class BrandingViewTest extends KaribuTest {

    @Autowired
    BrandingService brandings;
    @Autowired
    AuditService audit;

    @AfterEach
    void restoreRiversideDefaults() {
        signIn(RIVERSIDE_ADMIN);
        Branding riverside = brandings.current();
        if (riverside.ownDisplayName() || riverside.ownColour() || riverside.hasLogo()
                || riverside.smsSenderId() != null || riverside.emailFromName() != null
                || riverside.emailFromAddress() != null || riverside.emailReplyTo() != null) {
            brandings.save(new BrandingChange(null, null, null, null, null, null));
            brandings.removeLogo();
        }
    }

    @Test
    void admin_opens_branding_and_sees_the_current_values_and_logo_in_the_preview() {
        signInToUi(NORTHFIELD_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        Branding northfield = brandings.current();
        assertThat(field("display-name").getValue()).isEqualTo(northfield.displayName()).isNotBlank();
        assertThat(field("primary-colour").getValue()).isEqualTo("#0b6e4f");
        assertThat(field("sms-sender-id").getValue()).isEqualTo("Northfield");
        assertThat(_get(EmailField.class, spec -> spec.withId("email-from-address")).getValue())
                .isEqualTo(northfield.emailFromAddress()).endsWith("@northfield.example");
        assertThat(contrast().getElement().getAttribute("data-passes")).isEqualTo("true");
        assertThat(contrast().getText()).contains("passes");

        Div preview = _get(Div.class, spec -> spec.withId("branding-preview"));
        _assertOne(preview, Image.class, spec -> spec.withClasses("wm-learner-logo"));
        _assertOne(Button.class, spec -> spec.withId("remove-logo"));
    }

    @Test
    void a_provider_whose_domain_waymark_approved_is_told_emails_go_from_its_own_address() {
        signInToUi(NORTHFIELD_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        Paragraph statement = senderStatement();
        assertThat(statement.getText()).isEqualTo("Emails are sent from surveys@northfield.example (domain"
                + " northfield.example approved by Waymark), with replies to learner-services@northfield.example.");
        assertThat(statement.getElement().getAttribute("data-basis")).isEqualTo("OWN_APPROVED_DOMAIN");
    }

    @Test
    void a_provider_saving_an_address_on_an_unapproved_domain_is_told_mail_goes_from_waymark_with_replies_to_it() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");
        assertThat(senderStatement().getText())
                .isEqualTo("Emails are sent from Waymark’s address no-reply@waymark.example as ‘Waymark’.");
        assertThat(senderStatement().getElement().getAttribute("data-basis")).isEqualTo("PLATFORM");

        _setValue(_get(EmailField.class, spec -> spec.withId("email-from-address")), "learners@riverside.example");
        _click(_get(Button.class, spec -> spec.withId("save-branding")));

        assertThat(brandings.current().emailFromAddress()).isEqualTo("learners@riverside.example");
        assertThat(senderStatement().getText()).isEqualTo("Emails are sent from Waymark’s address"
                + " no-reply@waymark.example as ‘Riverside Training’, with replies to learners@riverside.example:"
                + " ask Waymark to approve riverside.example to send from learners@riverside.example.");
        assertThat(senderStatement().getElement().getAttribute("data-basis")).isEqualTo("DOMAIN_NOT_APPROVED");
    }

    @Test
    void admin_sees_a_failing_contrast_and_cannot_save_it() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");
        Branding before = brandings.current();

        _setValue(field("primary-colour"), "#ffcc00");

        assertThat(contrast().getElement().getAttribute("data-passes")).isEqualTo("false");
        assertThat(contrast().getText()).contains("too low");

        _click(_get(Button.class, spec -> spec.withId("save-branding")));

        TextField colour = field("primary-colour");
        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage()).contains("#ffcc00").contains("4.5:1");
        assertThat(brandings.current().primaryColour()).isEqualTo(before.primaryColour());
        assertThat(brandings.current().ownColour()).isEqualTo(before.ownColour());
    }

    @Test
    void admin_saves_a_readable_colour_which_is_used_and_audited() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        _setValue(field("primary-colour"), "#7A1F5C");
        assertThat(contrast().getElement().getAttribute("data-passes")).isEqualTo("true");
        _click(_get(Button.class, spec -> spec.withId("save-branding")));

        Branding saved = brandings.current();
        assertThat(saved.ownColour()).isTrue();
        assertThat(saved.primaryColour()).isEqualTo("#7a1f5c");
        assertThat(field("primary-colour").isInvalid()).isFalse();
        assertThat(field("primary-colour").getValue()).isEqualTo("#7a1f5c");
        assertThat(notificationTexts()).contains("Branding saved.");
        List<AuditRecord> history = audit.historyOf("Branding", "settings", 1);
        assertThat(history).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("BRANDING_CHANGED");
            assertThat(record.detailsAfter()).contains("#7a1f5c");
        });
    }

    @Test
    void an_sms_sender_that_networks_refuse_shows_an_error_on_the_field_and_is_not_saved() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        _setValue(field("sms-sender-id"), "AB");

        TextField sender = field("sms-sender-id");
        assertThat(sender.isInvalid()).isTrue();
        assertThat(sender.getErrorMessage()).contains("3 to 11 characters");

        _click(_get(Button.class, spec -> spec.withId("save-branding")));
        assertThat(field("sms-sender-id").isInvalid()).isTrue();
        assertThat(brandings.current().smsSenderId()).isNull();
    }

    @Test
    void a_generic_sms_sender_is_saved_with_a_warning() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        _setValue(field("sms-sender-id"), "INFO");
        Span warnings = _get(Span.class, spec -> spec.withId("sender-warnings"));
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).contains("generic");

        _click(_get(Button.class, spec -> spec.withId("save-branding")));

        assertThat(brandings.current().smsSenderId()).isEqualTo("INFO");
        assertThat(field("sms-sender-id").isInvalid()).isFalse();
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).contains("\"INFO\" is a generic name");
    }

    @Test
    void a_failing_colour_does_not_hide_the_live_check_of_the_sms_sender() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");
        _setValue(field("primary-colour"), "#ffcc00");

        _setValue(field("sms-sender-id"), "INFO");

        Span warnings = _get(Span.class, spec -> spec.withId("sender-warnings"));
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).contains("generic");
        assertThat(field("sms-sender-id").isInvalid()).isFalse();
        assertThat(notificationTexts()).as("no toast about the colour while typing the sender").isEmpty();

        _setValue(field("sms-sender-id"), "A-B");
        assertThat(field("sms-sender-id").isInvalid()).isTrue();
        assertThat(field("sms-sender-id").getErrorMessage()).contains("'-'");
    }

    @Test
    void a_short_hex_colour_is_previewed_as_its_full_form() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        _setValue(field("primary-colour"), "#17A");

        Div header = _get(_get(Div.class, spec -> spec.withId("branding-preview")), Div.class,
                spec -> spec.withClasses("wm-learner-header"));
        assertThat(header.getStyle().get("background")).isEqualTo("#1177aa");
        assertThat(contrast().getElement().getAttribute("data-passes")).isEqualTo("true");
    }

    @Test
    void an_uploaded_logo_replaces_the_name_in_the_preview_and_can_be_removed() throws IOException {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");
        Div preview = _get(Div.class, spec -> spec.withId("branding-preview"));
        _assertNone(preview, Image.class);
        _assertNone(Button.class, spec -> spec.withId("remove-logo"));
        _assertNone(Image.class, spec -> spec.withId("header-logo"));

        _upload(_get(Upload.class, spec -> spec.withId("logo-upload")), "riverside.png", "image/png",
                png(900, 300));

        Branding withLogo = brandings.current();
        assertThat(withLogo.hasLogo()).isTrue();
        assertThat(withLogo.logoWidth()).isEqualTo(600);
        assertThat(withLogo.logoHeight()).isEqualTo(200);
        _assertOne(_get(Div.class, spec -> spec.withId("branding-preview")), Image.class,
                spec -> spec.withClasses("wm-learner-logo"));
        _assertOne(_get(Div.class, spec -> spec.withId("current-logo")), Image.class);
        assertThat(notificationTexts()).contains("Logo saved.");
        _assertOne(Image.class, spec -> spec.withId("header-logo"));

        _click(_get(Button.class, spec -> spec.withId("remove-logo")));

        assertThat(brandings.current().hasLogo()).isFalse();
        _assertNone(_get(Div.class, spec -> spec.withId("branding-preview")), Image.class);
        _assertNone(Button.class, spec -> spec.withId("remove-logo"));
        _assertNone(Image.class, spec -> spec.withId("header-logo"));
    }

    @Test
    void a_file_that_is_not_an_image_is_refused_and_nothing_changes() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        _upload(_get(Upload.class, spec -> spec.withId("logo-upload")), "logo.png", "image/png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes());

        assertThat(brandings.current().hasLogo()).isFalse();
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("SVG logos are not accepted"));
    }

    @Test
    void a_logo_over_1_MB_is_refused_with_the_limit_in_words_and_nothing_changes() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("settings/branding");

        _upload(_get(Upload.class, spec -> spec.withId("logo-upload")), "huge.png", "image/png",
                new byte[1_048_577]);

        assertThat(brandings.current().hasLogo()).isFalse();
        assertThat(notificationTexts()).contains("The logo is larger than the 1 MB limit. Save it smaller (it is "
                + "shown at most 600 × 200 pixels) and upload it again.");
    }

    @Test
    void a_tutor_gets_access_denied_for_branding() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("settings/branding");
        _assertOne(AccessDeniedView.class);
        assertThat(_find(TextField.class, spec -> spec.withId("primary-colour"))).isEmpty();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Paragraph senderStatement() {
        return _get(Paragraph.class, spec -> spec.withId("email-sender-statement"));
    }

    private static Span contrast() {
        return _get(Span.class, spec -> spec.withId("contrast"));
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(new Color(0x1d4f91));
            graphics.fillOval(10, 10, height - 20, height - 20);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
