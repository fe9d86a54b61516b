package app.waymark.branding.ui;

import app.waymark.MailedLinks;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.branding.MessageTemplates;
import app.waymark.branding.MessageWording;
import app.waymark.branding.RenderedMessage;
import app.waymark.learner.RecordChange;
import app.waymark.tenant.TenantContext;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.TrackerService;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The messages learners get about their own requests (made, not accepted) and the code that confirms a new email or
 * mobile: listed on the Messages page, their wording editable there, and the edited wording is what the learner gets.
 */
class LearnerMessageKindsTest extends KaribuTest {

    private static final List<MessageKind> LEARNER_KINDS = List.of(MessageKind.LEARNER_REQUEST_ACCEPTED,
            MessageKind.LEARNER_REQUEST_NOT_ACCEPTED, MessageKind.CONTACT_CONFIRMATION_CODE);

    @Autowired
    MessageTemplates templates;
    @Autowired
    BrandedMessages messages;
    @Autowired
    LearnerRequests requests;
    @Autowired
    TrackerService trackers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private MessageWording.Draft notAcceptedAtStart;

    @AfterEach
    void putRiversideWordingBack() {
        if (notAcceptedAtStart != null) {
            signIn(RIVERSIDE_ADMIN);
            templates.save(MessageKind.LEARNER_REQUEST_NOT_ACCEPTED, notAcceptedAtStart);
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_learner_kinds_have_default_wording_that_passes_the_editors_check_in_one_sms_part() {
        signIn(NORTHFIELD_ADMIN);
        for (MessageKind kind : LEARNER_KINDS) {
            MessageWording.Draft wording = templates.current(kind).draft();
            assertThat(kind.sentBySms()).isTrue();
            assertThat(kind.unsubscribeAllowed()).as("service messages the learner asked for").isFalse();
            assertThat(templates.check(kind, wording)).as("warnings for %s", kind).isEmpty();
            RenderedMessage preview = messages.preview(kind, wording);
            assertThat(preview.subject() + preview.text() + preview.sms()).doesNotContain("{").doesNotContain("}");
        }
        RenderedMessage code = messages.preview(MessageKind.CONTACT_CONFIRMATION_CODE,
                templates.current(MessageKind.CONTACT_CONFIRMATION_CODE).draft());
        assertThat(code.text()).contains("739 204").contains("works for 10 minutes");
        assertThat(code.sms()).isEqualTo("Northfield College: your code to confirm this mobile number is 739 204."
                + " It works for 10 minutes.");
        RenderedMessage notAccepted = messages.preview(MessageKind.LEARNER_REQUEST_NOT_ACCEPTED,
                templates.current(MessageKind.LEARNER_REQUEST_NOT_ACCEPTED).draft());
        assertThat(notAccepted.sms()).contains("(change of address). The reason:\nThe postcode does not match"
                + " the address. Please check it and ask again.\nSee your details and ask again: ");
    }

    @Test
    void the_messages_page_lists_the_learner_kinds_and_the_edited_wording_reaches_the_learner() throws Exception {
        signInToUi(RIVERSIDE_ADMIN);
        notAcceptedAtStart = templates.current(MessageKind.LEARNER_REQUEST_NOT_ACCEPTED).draft();
        UI.getCurrent().navigate("settings/messages");

        Select<MessageKind> kind = kind();
        assertThat(kind.getListDataView().getItems().toList()).containsAll(LEARNER_KINDS);
        assertThat(LEARNER_KINDS.stream().map(k -> kind.getItemLabelGenerator().apply(k)).toList()).containsExactly(
                "Learner's request made (email or SMS)", "Learner's request not accepted (email or SMS)",
                "Learner's new email or mobile: confirmation code (email or SMS)");
        _setValue(kind, MessageKind.LEARNER_REQUEST_ACCEPTED);
        assertThat(subject().getValue()).isEqualTo(templates.current(MessageKind.LEARNER_REQUEST_ACCEPTED).draft()
                .emailSubject());
        assertThat(sms().isVisible()).isTrue();

        _setValue(kind, MessageKind.LEARNER_REQUEST_NOT_ACCEPTED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("placeholders")).getText()).contains("{request.reason}");
        String subject = "Your request to {provider.name} " + UUID.randomUUID();
        _setValue(subject(), subject);
        _click(_get(Button.class, spec -> spec.withId("save-message")));
        assertThat(templates.current(MessageKind.LEARNER_REQUEST_NOT_ACCEPTED).draft().emailSubject())
                .isEqualTo(subject);

        UUID riverside = jdbc.queryForObject("select id from tenant where slug = 'riverside'", UUID.class);
        String email = "una-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        SecurityContextHolder.clearContext();
        UUID tracker = TenantContext.callAs(riverside, () -> transactions.execute(status -> {
            UUID learner = jdbc.queryForObject("select id from learner where learn_ref_number = 'WM00000289'",
                    UUID.class);
            jdbc.update("update learner set email = ? where id = ?", email, learner);
            return requests.request(learner, new RecordChange.AddressChange("9 Dock Street", null, null, null,
                    "LS10 1JF"), "Learner portal", null);
        }));
        signIn("tracker-process@riverside.example");
        trackers.reject(tracker, trackers.details(tracker).orElseThrow().version(),
                "We could not find that address: check the postcode");

        MimeMessage told = await().atMost(Duration.ofSeconds(30)).until(() -> MAIL.receivedBy(email),
                received -> !received.isEmpty()).getFirst();
        assertThat(told.getSubject()).isEqualTo(subject.replace("{provider.name}", "Riverside Training"));
        assertThat(MailedLinks.plainText(told)).contains("We could not make the change you asked for: change of"
                + " address.").contains("The reason: We could not find that address: check the postcode");
    }

    @SuppressWarnings("unchecked")
    private static Select<MessageKind> kind() {
        return _get(Select.class, spec -> spec.withId("message-kind"));
    }

    private static TextField subject() {
        return _get(TextField.class, spec -> spec.withId("email-subject"));
    }

    private static TextArea sms() {
        return _get(TextArea.class, spec -> spec.withId("sms-text"));
    }
}
