package app.waymark.branding.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.BrandingService;
import app.waymark.branding.MessageKind;
import app.waymark.branding.MessageTemplates;
import app.waymark.branding.MessageWording;
import app.waymark.branding.RenderedMessage;
import app.waymark.notification.MessageChannel;
import app.waymark.notification.OutgoingEmail;
import app.waymark.notification.QueuedMessage;
import app.waymark.notification.SmsLength;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A provider admin's wording for each kind of message: email subject and body and SMS text with placeholders, a
 * live SMS length and parts count, a preview with sample data, a test sent to themselves through the real outbox,
 * and every saved version with one-click restore.
 */
@Route("settings/messages")
@RolesAllowed(Permission.BRANDING_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.messages", order = 84, icon = "vaadin:envelopes")
class MessageTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final MessageTemplates templates;
    private final BrandedMessages messages;
    private final BrandingService brandings;
    private final Select<MessageKind> kind = new Select<>();
    private final Paragraph placeholders = new Paragraph();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final TextArea sms = new TextArea();
    private final Span smsLength = new Span();
    private final Div warnings = new Div();
    private final IFrame emailPreview = new IFrame();
    private final Div smsPreview = new Div();
    private final Button testSms = new Button();
    private final Span previewSubject = new Span();
    private final TextField testMobile = new TextField();
    private final Grid<MessageWording> history = new Grid<>();
    private int newestVersion;

    MessageTemplatesView(MessageTemplates templates, BrandedMessages messages, BrandingService brandings) {
        this.templates = templates;
        this.messages = messages;
        this.brandings = brandings;
        setId("message-templates");
        setMaxWidth("70rem");

        kind.setId("message-kind");
        kind.setLabel(getTranslation("messages.kind"));
        kind.setWidth("22rem");
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("messages.kind." + k.name()));
        kind.addValueChangeListener(event -> load(event.getValue()));
        placeholders.setId("placeholders");

        subject.setId("email-subject");
        subject.setLabel(getTranslation("messages.subject"));
        subject.setWidthFull();
        body.setId("email-body");
        body.setLabel(getTranslation("messages.body"));
        body.setWidthFull();
        body.setMinHeight("14rem");
        sms.setId("sms-text");
        sms.setLabel(getTranslation("messages.sms"));
        sms.setWidthFull();
        sms.setValueChangeMode(ValueChangeMode.EAGER);
        sms.addValueChangeListener(event -> showSmsLength());
        smsLength.setId("sms-length");
        smsLength.addClassName("wm-sms-length");
        warnings.setId("message-warnings");
        warnings.addClassName("wm-callout");
        warnings.setVisible(false);

        Button preview = new Button(getTranslation("messages.preview"), event -> preview());
        preview.setId("preview-message");
        Button save = new Button(getTranslation("messages.save"), event -> save());
        save.setId("save-message");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button testEmail = new Button(getTranslation("messages.test-email"), event -> sendTest(MessageChannel.EMAIL));
        testEmail.setId("test-email");
        testMobile.setId("test-mobile");
        // A visible label: a placeholder alone looked like a number already filled in, and vanished when typing.
        testMobile.setLabel(getTranslation("messages.test-mobile"));
        testMobile.setPlaceholder("07700 900123");
        testMobile.setWidth("17rem");
        testSms.setText(getTranslation("messages.test-sms"));
        testSms.addClickListener(event -> sendTest(MessageChannel.SMS));
        testSms.setId("test-sms");
        HorizontalLayout actions = new HorizontalLayout(save, preview);
        actions.setWrap(true);
        HorizontalLayout tests = new HorizontalLayout(testEmail, testMobile, testSms);
        tests.setId("test-actions");
        tests.setAlignItems(FlexComponent.Alignment.BASELINE);
        tests.setWrap(true);

        emailPreview.setId("email-preview");
        emailPreview.addClassName("wm-email-preview");
        emailPreview.getElement().setAttribute("title", getTranslation("messages.preview.email"));
        emailPreview.getElement().setAttribute("sandbox", "");
        previewSubject.setId("preview-subject");
        smsPreview.setId("sms-preview");
        smsPreview.addClassName("wm-sms-preview");

        history.setId("template-history");
        history.addColumn(MessageWording::version).setKey("version").setHeader(getTranslation("messages.version"))
                .setWidth("6rem").setFlexGrow(0);
        history.addColumn(w -> UkFormats.MINUTE.format(w.savedAt())).setHeader(getTranslation("messages.saved"));
        history.addColumn(MessageWording::savedBy).setHeader(getTranslation("messages.saved-by"));
        history.addColumn(w -> w.restoredFrom() == null ? "" : getTranslation("messages.restored-from",
                w.restoredFrom())).setKey("note").setHeader(getTranslation("messages.note"));
        history.addComponentColumn(this::restoreButton).setKey("restore").setWidth("9rem").setFlexGrow(0);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("messages.history.none"));

        add(new H1(getTranslation("messages.title")), new Paragraph(getTranslation("messages.intro")),
                new Anchor("settings/messages/outbox", getTranslation("messages.outbox-link")),
                kind, placeholders, subject, body, sms, smsLength, warnings, actions, tests,
                new H2(getTranslation("messages.preview.title")), previewSubject, emailPreview, smsPreview,
                new H2(getTranslation("messages.history")), history);
        kind.setValue(MessageKind.SURVEY_INVITATION);
    }

    private void load(MessageKind selected) {
        MessageWording wording = templates.current(selected);
        subject.setValue(wording.draft().emailSubject());
        body.setValue(wording.draft().emailBody());
        sms.setValue(wording.draft().smsText());
        placeholders.setText(getTranslation("messages.placeholders", selected.placeholders().stream()
                .map(name -> "{" + name + "}").collect(Collectors.joining("  "))));
        boolean bySms = selected.sentBySms();
        List.of(sms, smsLength, testMobile, testSms, smsPreview).forEach(part -> part.setVisible(bySms));
        showHistory(selected);
        warnings.setVisible(false);
        preview();
    }

    private MessageWording.Draft draft() {
        return new MessageWording.Draft(subject.getValue(), body.getValue(), sms.getValue());
    }

    private void showHistory(MessageKind selected) {
        List<MessageWording> versions = templates.history(selected);
        newestVersion = versions.isEmpty() ? 0 : versions.getFirst().version();
        history.setItems(versions);
    }

    private void showSmsLength() {
        SmsLength.Measure measure = SmsLength.measure(sms.getValue());
        String encoding = measure.encoding() == SmsLength.Encoding.GSM_7 ? "GSM-7" : "UCS-2";
        smsLength.setText(getTranslation("messages.sms-length", measure.units(), measure.segments(), encoding)
                + (measure.nonGsmCharacters().isEmpty() ? "" : " " + getTranslation("messages.sms-ucs2",
                String.join(" ", measure.nonGsmCharacters()))));
    }

    private void preview() {
        clearErrors();
        try {
            showWarnings(templates.check(kind.getValue(), draft()));
            RenderedMessage rendered = messages.preview(kind.getValue(), draft());
            previewSubject.setText(getTranslation("messages.preview.subject", rendered.subject()));
            emailPreview.setSrcdoc(withInlineLogo(rendered.html()));
            smsPreview.setText(rendered.sms());
        } catch (InvalidInputException e) {
            showError(e);
        }
    }

    private String withInlineLogo(String html) {
        byte[] logo = brandings.current().logoPng();
        return logo == null ? html : html.replace("cid:" + OutgoingEmail.LOGO_CONTENT_ID,
                "data:image/png;base64," + Base64.getEncoder().encodeToString(logo));
    }

    private void save() {
        clearErrors();
        try {
            List<String> found = templates.check(kind.getValue(), draft());
            MessageWording saved = templates.save(kind.getValue(), draft());
            showWarnings(found);
            showHistory(kind.getValue());
            preview();
            Notifications.success(getTranslation("messages.saved-message", saved.version()));
        } catch (InvalidInputException e) {
            showError(e);
        }
    }

    private void sendTest(MessageChannel channel) {
        clearErrors();
        try {
            QueuedMessage queued = messages.sendTest(kind.getValue(), draft(), channel, testMobile.getValue());
            Notifications.success(getTranslation("messages.test-sent", queued.recipient()));
        } catch (InvalidInputException e) {
            showError(e);
        }
    }

    private Component restoreButton(MessageWording wording) {
        if (wording.version() == newestVersion) {
            // Restoring the wording in use would only save a copy of it.
            return new Span();
        }
        Button restore = new Button(getTranslation("messages.restore"), event -> {
            MessageWording saved = templates.restore(wording.kind(), wording.version());
            load(wording.kind());
            Notifications.success(getTranslation("messages.restored", wording.version(), saved.version()));
        });
        restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return restore;
    }

    private void showWarnings(List<String> found) {
        warnings.setText(String.join(" ", found));
        warnings.setVisible(!found.isEmpty());
    }

    private void clearErrors() {
        List.of(subject, body, sms, testMobile).forEach(field -> field.setInvalid(false));
    }

    private void showError(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("emailSubject", subject, "emailBody", body, "smsText", sms,
                "mobileNumber", testMobile);
        HasValidation field = fields.get(e.field());
        if (field != null) {
            FieldErrors.show(field, e.getMessage());
        }
        Notifications.error(e.getMessage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
    }
}
