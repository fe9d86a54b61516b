package app.waymark.branding.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.BoundedUpload;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.branding.Branding;
import app.waymark.branding.BrandingChange;
import app.waymark.branding.BrandingService;
import app.waymark.branding.ColourContrast;
import app.waymark.branding.LogoImages;
import app.waymark.notification.EmailSender;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A provider admin's own branding: display name, logo, colour (with a live contrast check) and senders, with a
 * preview of the header learners see. Nothing is saved until every check passes.
 */
@Route("settings/branding")
@RolesAllowed(Permission.BRANDING_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.branding", order = 83, icon = "vaadin:palette")
class BrandingView extends VerticalLayout implements HasDynamicTitle {

    private final BrandingService brandings;
    private final TextField displayName = new TextField();
    private final TextField colour = new TextField();
    private final Input colourPicker = new Input(ValueChangeMode.EAGER);
    private final Span contrast = new Span();
    private final TextField fromName = new TextField();
    private final EmailField fromAddress = new EmailField();
    private final EmailField replyTo = new EmailField();
    private final TextField smsSenderId = new TextField();
    private final Span senderWarnings = new Span();
    private final Paragraph senderStatement = new Paragraph();
    private final Div preview = new Div();
    private final Div logoHolder = new Div();
    private final Button removeLogo = new Button();
    private Upload upload;
    private Branding branding;

    BrandingView(BrandingService brandings) {
        this.brandings = brandings;
        this.branding = brandings.current();
        setId("branding");
        setMaxWidth("60rem");

        add(new H1(getTranslation("branding.title")), new Paragraph(getTranslation("branding.intro")));
        add(new H2(getTranslation("branding.look")), lookForm(), logoSection());
        add(new H2(getTranslation("branding.preview")), preview);
        senderStatement.setId("email-sender-statement");
        senderStatement.addClassName("wm-callout");
        add(new H2(getTranslation("branding.senders")), new Paragraph(getTranslation("branding.senders.intro")),
                senderStatement, sendersForm());
        Button save = new Button(getTranslation("branding.save"), event -> save());
        save.setId("save-branding");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);

        fill();
        refreshPreview();
    }

    private FormLayout lookForm() {
        displayName.setId("display-name");
        displayName.setLabel(getTranslation("branding.display-name"));
        displayName.setHelperText(getTranslation("branding.display-name.help"));
        displayName.setMaxLength(120);
        displayName.setValueChangeMode(ValueChangeMode.EAGER);
        displayName.addValueChangeListener(event -> refreshPreview());

        colour.setId("primary-colour");
        colour.setLabel(getTranslation("branding.colour"));
        colour.setHelperText(getTranslation("branding.colour.help"));
        // The service also takes the short form (#17A), so the field does not turn red for it.
        colour.setPattern("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
        colour.setMaxLength(7);
        colour.setValueChangeMode(ValueChangeMode.EAGER);
        colour.addValueChangeListener(event -> {
            shownColour().ifPresent(colourPicker::setValue);
            refreshPreview();
        });
        colourPicker.setType("color");
        colourPicker.setId("colour-picker");
        colourPicker.getElement().setAttribute("aria-label", getTranslation("branding.colour.picker"));
        colourPicker.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                colour.setValue(event.getValue());
            }
        });
        contrast.setId("contrast");
        HorizontalLayout colourRow = new HorizontalLayout(colour, colourPicker, contrast);
        colourRow.setAlignItems(Alignment.BASELINE);

        FormLayout form = new FormLayout(displayName, colourRow);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private VerticalLayout logoSection() {
        // Read on the server up to the limit only; both callbacks run with the UI locked, so the view is updated directly.
        String tooLarge = getTranslation("branding.logo.too-large",
                BoundedUpload.describe(LogoImages.MAX_UPLOAD_BYTES));
        upload = new Upload(BoundedUpload.inMemory(LogoImages.MAX_UPLOAD_BYTES, tooLarge,
                (metadata, bytes) -> uploadLogo(bytes, metadata.fileName()), this::refuseLogo));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)));
        upload.setId("logo-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoImages.MAX_UPLOAD_BYTES);
        upload.setDropLabel(new Span(getTranslation("branding.logo.drop")));
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("branding.logo.rejected",
                event.getFileName(), event.getErrorMessage())));
        logoHolder.setId("current-logo");
        removeLogo.setText(getTranslation("branding.logo.remove"));
        removeLogo.setId("remove-logo");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeLogo.addClickListener(event -> {
            brandings.removeLogo();
            branding = brandings.current();
            refreshPreview();
            showInHeader();
            Notifications.success(getTranslation("branding.logo.removed"));
        });
        VerticalLayout section = new VerticalLayout(new Span(getTranslation("branding.logo")),
                new Paragraph(getTranslation("branding.logo.help")), logoHolder, removeLogo, upload);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private FormLayout sendersForm() {
        fromName.setId("email-from-name");
        fromName.setLabel(getTranslation("branding.from-name"));
        fromAddress.setId("email-from-address");
        fromAddress.setLabel(getTranslation("branding.from-address"));
        fromAddress.setHelperText(getTranslation("branding.from-address.help"));
        replyTo.setId("email-reply-to");
        replyTo.setLabel(getTranslation("branding.reply-to"));
        smsSenderId.setId("sms-sender-id");
        smsSenderId.setLabel(getTranslation("branding.sms-sender"));
        smsSenderId.setHelperText(getTranslation("branding.sms-sender.help"));
        smsSenderId.setValueChangeMode(ValueChangeMode.LAZY);
        smsSenderId.addValueChangeListener(event -> checkSenders());
        senderWarnings.setId("sender-warnings");
        senderWarnings.addClassName("wm-callout");
        senderWarnings.setVisible(false);
        FormLayout form = new FormLayout(fromName, fromAddress, replyTo, smsSenderId, senderWarnings);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(senderWarnings, 2);
        return form;
    }

    private void fill() {
        displayName.setValue(branding.ownDisplayName() ? branding.displayName() : "");
        displayName.setPlaceholder(branding.displayName());
        colour.setValue(branding.primaryColour());
        colourPicker.setValue(branding.primaryColour());
        fromName.setValue(nullToEmpty(branding.emailFromName()));
        fromAddress.setValue(nullToEmpty(branding.emailFromAddress()));
        replyTo.setValue(nullToEmpty(branding.emailReplyTo()));
        smsSenderId.setValue(nullToEmpty(branding.smsSenderId()));
        showEmailSender(brandings.emailSender());
    }

    /** Which address emails leave from as saved now, and why (the operator's approval of the domain). */
    private void showEmailSender(EmailSender sender) {
        String text = switch (sender.basis()) {
            case OWN_APPROVED_DOMAIN -> sender.replyTo() == null
                    ? getTranslation("branding.sender.approved", sender.address(), sender.requestedDomain())
                    : getTranslation("branding.sender.approved.reply-to", sender.address(),
                    sender.requestedDomain(), sender.replyTo());
            case DOMAIN_NOT_APPROVED -> sender.requestedDomain() == null
                    ? getTranslation("branding.sender.not-approved.no-domain", sender.address(), sender.name(),
                    sender.replyTo(), sender.requestedAddress())
                    : getTranslation("branding.sender.not-approved", sender.address(), sender.name(),
                    sender.replyTo(), sender.requestedDomain(), sender.requestedAddress());
            case PLATFORM -> sender.replyTo() == null
                    ? getTranslation("branding.sender.platform", sender.address(), sender.name())
                    : getTranslation("branding.sender.platform.reply-to", sender.address(), sender.name(),
                    sender.replyTo());
        };
        senderStatement.setText(text);
        senderStatement.getElement().setAttribute("data-basis", sender.basis().name());
    }

    private void refreshPreview() {
        String shownColour = shownColour().orElse(Branding.DEFAULT_COLOUR);
        showContrast();
        String name = displayName.getValue().isBlank() ? displayName.getPlaceholder() : displayName.getValue().strip();
        preview.removeAll();
        preview.setId("branding-preview");
        preview.addClassName("wm-learner-preview");
        Div header = new Div();
        header.addClassName("wm-learner-header");
        header.getStyle().set("background", shownColour);
        if (branding.hasLogo()) {
            header.add(logoImage("wm-learner-logo"));
        } else {
            Span title = new Span(name);
            title.addClassName("wm-learner-name");
            header.add(title);
        }
        Div body = new Div();
        body.addClassName("wm-learner-body");
        Span heading = new Span(getTranslation("branding.preview.question"));
        heading.addClassName("wm-learner-heading");
        Span button = new Span(getTranslation("branding.preview.button"));
        button.addClassName("wm-learner-button");
        button.getStyle().set("background", shownColour);
        Span link = new Span(getTranslation("branding.preview.link"));
        link.addClassName("wm-learner-link");
        link.getStyle().set("color", shownColour);
        body.add(new Div(heading), new Paragraph(getTranslation("branding.preview.text", name)), button,
                new Div(link));
        preview.add(header, body);

        logoHolder.removeAll();
        logoHolder.add(branding.hasLogo() ? logoImage("wm-settings-logo")
                : new Span(getTranslation("branding.logo.none")));
        removeLogo.setVisible(branding.hasLogo());
    }

    /** The typed colour as #rrggbb (the short form expanded), or empty while it is not a colour yet. */
    private Optional<String> shownColour() {
        try {
            return Optional.of(ColourContrast.Rgb.parse(colour.getValue()).hex().toLowerCase(Locale.ROOT));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private Image logoImage(String className) {
        byte[] png = branding.logoPng();
        Image image = new Image(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                .DownloadResponse(new ByteArrayInputStream(png), "logo.png", "image/png", png.length)),
                getTranslation("branding.logo.alt", branding.displayName()));
        image.addClassName(className);
        return image;
    }

    private void showContrast() {
        colour.setInvalid(false);
        try {
            ColourContrast.ContrastCheck check = ColourContrast.check(colour.getValue());
            contrast.setText(getTranslation(check.passes() ? "branding.contrast.pass" : "branding.contrast.fail",
                    ColourContrast.format(check.againstWhite()), ColourContrast.format(check.againstDarkText())));
            contrast.getElement().setAttribute("data-passes", String.valueOf(check.passes()));
            contrast.getStyle().set("color", check.passes() ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
        } catch (InvalidInputException e) {
            contrast.setText(e.getMessage());
            contrast.getElement().setAttribute("data-passes", "false");
            contrast.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    /**
     * Checks the SMS sender alone while it is typed: checking the whole form would report (with a toast, on every
     * pause in typing) another field's problem, such as a failing colour, and never reach the sender.
     */
    private void checkSenders() {
        smsSenderId.setInvalid(false);
        try {
            showWarnings(brandings.check(new BrandingChange(null, null, null, null, null, smsSenderId.getValue())));
        } catch (InvalidInputException e) {
            FieldErrors.show(smsSenderId, e.getMessage());
        }
    }

    private void uploadLogo(byte[] bytes, String fileName) {
        // With one file allowed, a finished file left in the list would disable the button for the next logo.
        upload.clearFileList();
        try {
            branding = brandings.uploadLogo(bytes, fileName);
            refreshPreview();
            showInHeader();
            Notifications.success(getTranslation("branding.logo.saved"));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refuseLogo(String message) {
        upload.clearFileList();
        Notifications.error(message);
    }

    /** The staff header of this page shows the saved branding at once, not only after a reload. */
    private void showInHeader() {
        getUI().ifPresent(ui -> BrandingHeader.show(ui, branding));
    }

    private void save() {
        List.of(displayName, colour, fromName, fromAddress, replyTo, smsSenderId).forEach(f -> f.setInvalid(false));
        try {
            List<String> warnings = brandings.save(change());
            branding = brandings.current();
            fill();
            refreshPreview();
            showWarnings(warnings);
            showInHeader();
            Notifications.success(getTranslation("branding.saved"));
        } catch (InvalidInputException e) {
            showError(e);
        }
    }

    private BrandingChange change() {
        return new BrandingChange(displayName.getValue(), colour.getValue(), fromName.getValue(),
                fromAddress.getValue(), replyTo.getValue(), smsSenderId.getValue());
    }

    private void showWarnings(List<String> warnings) {
        senderWarnings.setText(String.join(" ", warnings));
        senderWarnings.setVisible(!warnings.isEmpty());
    }

    private void showError(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "primaryColour", colour,
                "emailFromName", fromName, "emailFromAddress", fromAddress, "emailReplyTo", replyTo,
                "smsSenderId", smsSenderId);
        HasValidation field = fields.get(e.field());
        if (field != null) {
            FieldErrors.show(field, e.getMessage());
        }
        Notifications.error(e.getMessage());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("branding.title");
    }
}
