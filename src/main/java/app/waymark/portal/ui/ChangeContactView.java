package app.waymark.portal.ui;

import app.waymark.base.EmailAddresses;
import app.waymark.base.InvalidInputException;
import app.waymark.base.MobileNumbers;
import app.waymark.branding.BrandingService;
import app.waymark.learner.LearnerRecordChanges;
import app.waymark.learner.RecordChange;
import app.waymark.portal.ContactConfirmations;
import app.waymark.portal.ContactConfirmations.Channel;
import app.waymark.portal.LearnerSessions;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Request a change of contact details: email (never blank) and UK mobile (may be left empty). A new email address or
 * mobile number is confirmed with a code sent to it ({@link ContactConfirmations}) before the request can be sent;
 * then check your answers, sent.
 */
@Route(value = "me/:provider/change/contact", autoLayout = false)
@AnonymousAllowed
class ChangeContactView extends RequestPage {

    static final int MAX_EMAIL = 100;

    private final ContactConfirmations confirmations;
    private final Clock clock;

    private String email;
    /** The mobile in E.164, or null when the learner left it empty. */
    private String mobile;
    /** What the learner has proved is theirs in this request (E.164 for the mobile). */
    private String confirmedEmail;
    private String confirmedMobile;
    /** The code sent last for each channel, to the address it was sent to. */
    private final Map<Channel, SentCode> codes = new EnumMap<>(Channel.class);
    private Map<String, String> current;

    private record SentCode(String address, ContactConfirmations.Sent sent) {
    }

    ChangeContactView(TenantService tenants, BrandingService brandings, LearnerSessions sessions,
                      LearnerRequests requests, LearnerRecordChanges changes, ContactConfirmations confirmations,
                      Clock clock) {
        super(tenants, brandings, sessions, requests, changes);
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @Override
    protected TrackerType type() {
        return TrackerType.CHANGE_OF_CONTACT_DETAILS;
    }

    @Override
    protected void showStep(String step) {
        if (email == null) {
            showDetails(List.of());
            return;
        }
        switch (step) {
            case "email-code" -> {
                if (needsCode(Channel.EMAIL) && codes.containsKey(Channel.EMAIL)) {
                    showCode(Channel.EMAIL, null);
                } else {
                    next();
                }
            }
            case "mobile-code" -> {
                if (needsCode(Channel.SMS) && codes.containsKey(Channel.SMS)) {
                    showCode(Channel.SMS, null);
                } else {
                    next();
                }
            }
            case "check" -> next();
            default -> showDetails(List.of());
        }
    }

    // ---- email and mobile ----

    private void showDetails(List<InvalidInputException> problems) {
        step("details", getTranslation("portal.contact.title"), backToAboutYou());
        earlierRequestNotice();
        Map<String, String> now = now();
        text(getTranslation("portal.contact.intro", providerName()));
        EmailField emailField = new EmailField(getTranslation("portal.contact.email"));
        emailField.setId("email");
        emailField.setWidthFull();
        emailField.setManualValidation(true);
        emailField.setAutocomplete(Autocomplete.EMAIL);
        emailField.setHelperText(getTranslation("portal.contact.email.hint"));
        emailField.setValue(Objects.requireNonNullElse(email != null ? email : now.get("Email"), ""));
        TextField mobileField = textField("mobile", getTranslation("portal.contact.mobile"),
                getTranslation("portal.contact.mobile.hint"), Autocomplete.TEL, 0);
        mobileField.getElement().setAttribute("inputmode", "tel");
        String currentMobile = MobileNumbers.ukMobileE164(now.get("TelNo")).isPresent() ? now.get("TelNo") : null;
        mobileField.setValue(Objects.requireNonNullElse(email != null ? national(mobile) : currentMobile, ""));
        Map<String, Component> fields = Map.of("email", emailField, "mobile",
                mobileField, "telNo", mobileField);
        body.add(emailField, mobileField);
        Button next = primary(getTranslation("portal.request.continue"), "continue");
        next.addClickListener(event -> {
            List<InvalidInputException> found = new ArrayList<>();
            String givenEmail = blankToNull(emailField.getValue());
            String givenMobile = blankToNull(mobileField.getValue());
            if (givenEmail == null) {
                found.add(new InvalidInputException("email", getTranslation("portal.contact.email.missing")));
            } else if (!EmailAddresses.isPlausible(givenEmail) || givenEmail.length() > MAX_EMAIL) {
                found.add(new InvalidInputException("email", getTranslation("portal.contact.email.invalid")));
            }
            String givenE164 = givenMobile == null ? null : MobileNumbers.ukMobileE164(givenMobile).orElse(null);
            if (givenMobile != null && givenE164 == null) {
                found.add(new InvalidInputException("mobile", getTranslation("portal.contact.mobile.invalid")));
            }
            if (found.isEmpty()) {
                try {
                    changes.normalised(new RecordChange.ContactDetailsChange(givenEmail, national(givenE164)));
                } catch (InvalidInputException refusal) {
                    found.add(refusal);
                }
            }
            if (found.isEmpty() && !isNewEmail(givenEmail, now) && Objects.equals(givenE164, mobileNow(now))) {
                found.add(new InvalidInputException("email", getTranslation("portal.contact.unchanged")));
            }
            if (!found.isEmpty()) {
                showFieldProblems(found, fields, "email");
                return;
            }
            email = givenEmail;
            mobile = givenE164;
            next();
        });
        body.add(next);
        if (!problems.isEmpty()) {
            showFieldProblems(problems, fields, "email");
        }
    }

    /** The next thing the learner has to do: confirm a new address (a code is sent if none is live), else check. */
    private void next() {
        for (Channel channel : Channel.values()) {
            if (needsCode(channel)) {
                SentCode live = codes.get(channel);
                if (live == null || !live.address().equals(address(channel))
                        || !live.sent().expiresAt().isAfter(clock.instant())) {
                    if (!sendCode(channel)) {
                        return;
                    }
                }
                showCode(channel, null);
                return;
            }
        }
        showCheck();
    }

    /** False (and the details page saying why) when the address has had too many codes. */
    private boolean sendCode(Channel channel) {
        String address = address(channel);
        ContactConfirmations.Sending sending = inProvider(() -> confirmations.send(learner().learnerId(), channel,
                address));
        if (sending instanceof ContactConfirmations.Sent sent) {
            codes.put(channel, new SentCode(address, sent));
            return true;
        }
        codes.remove(channel);
        showDetails(List.of(new InvalidInputException(channel == Channel.EMAIL ? "email" : "mobile",
                getTranslation("portal.contact.code.too-many-sent." + channel.name()))));
        return false;
    }

    // ---- the code ----

    private void showCode(Channel channel, String notice) {
        String id = channel == Channel.EMAIL ? "email-code" : "mobile-code";
        step(id, getTranslation("portal.contact.code.title." + channel.name()), () -> showDetails(List.of()));
        String shown = channel == Channel.EMAIL ? email : national(mobile);
        text(getTranslation("portal.contact.code.sent." + channel.name(), shown)).setId("code-sent-to");
        text(getTranslation("portal.contact.code.expires", ContactConfirmations.VALID_FOR.toMinutes()));
        if (notice != null) {
            Paragraph status = inset("code-notice", notice);
            status.getElement().setAttribute("role", "status");
        }
        TextField code = textField("code", getTranslation("portal.contact.code.label"),
                getTranslation("portal.contact.code.hint"), null, 0);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.addClassNames("wm-portal-code", "wm-portal-short");
        body.add(code);
        Button confirm = primary(getTranslation("portal.contact.code.confirm"), "confirm");
        confirm.addClickListener(event -> checkCode(channel, code));
        body.add(confirm);
        Div others = new Div(
                linkButton(getTranslation("portal.contact.code.resend"), "resend", () -> resend(channel)),
                linkButton(getTranslation("portal.contact.code.change." + channel.name()), "change-address",
                        () -> showDetails(List.of())));
        others.addClassName("wm-portal-links");
        body.add(others);
    }

    private void checkCode(Channel channel, TextField field) {
        String typed = field.getValue() == null ? "" : field.getValue().replaceAll("[\\s-]", "");
        String problem = null;
        if (typed.isEmpty()) {
            problem = getTranslation("portal.contact.code.missing");
        } else if (!typed.matches("[0-9]{6}")) {
            problem = getTranslation("portal.contact.code.format");
        } else {
            SentCode sent = codes.get(channel);
            ContactConfirmations.Check check = inProvider(() -> confirmations.confirm(sent.sent().codeId(),
                    learner().learnerId(), channel, sent.address(), typed));
            switch (check.result()) {
                case CONFIRMED -> {
                    if (channel == Channel.EMAIL) {
                        confirmedEmail = sent.address();
                    } else {
                        confirmedMobile = sent.address();
                    }
                    next();
                    return;
                }
                case WRONG -> problem = getTranslation("portal.contact.code.wrong", check.triesLeft());
                case EXPIRED -> problem = getTranslation("portal.contact.code.expired");
                case TOO_MANY_WRONG -> problem = getTranslation("portal.contact.code.too-many-wrong");
                case USED -> problem = getTranslation("portal.contact.code.used");
            }
        }
        fieldError(field, problem);
        showProblems(List.of(new Problem(problem, focus(field))));
    }

    private void resend(Channel channel) {
        String address = address(channel);
        ContactConfirmations.Sending sending = inProvider(() -> confirmations.send(learner().learnerId(), channel,
                address));
        if (sending instanceof ContactConfirmations.Sent sent) {
            codes.put(channel, new SentCode(address, sent));
            showCode(channel, getTranslation("portal.contact.code.resent." + channel.name()));
        } else {
            showCode(channel, null);
            TextField code = (TextField) body.getChildren()
                    .filter(child -> "code".equals(child.getId().orElse(null))).findFirst().orElseThrow();
            String message = getTranslation("portal.contact.code.too-many-sent." + channel.name());
            fieldError(code, message);
            showProblems(List.of(new Problem(message, focus(code))));
        }
    }

    // ---- check and send ----

    private void showCheck() {
        Div summary = summaryList();
        row(summary, "email", getTranslation("portal.contact.email"), email, () -> showDetails(List.of()));
        row(summary, "mobile", getTranslation("portal.contact.check.mobile"),
                mobile == null ? getTranslation("portal.contact.check.none") : national(mobile),
                () -> showDetails(List.of()));
        checkAnswers(() -> showDetails(List.of()), summary, this::sendRequest);
    }

    private void sendRequest() {
        Map<String, String> now = now();
        if (needsCode(Channel.EMAIL) || needsCode(Channel.SMS)) {
            // the address changed after it was confirmed (another tab, or a change link): confirm it first
            next();
            return;
        }
        send(new RecordChange.ContactDetailsChange(email, telNo(now)), null);
    }

    /**
     * The telephone to record: the mobile given; when the learner left it empty, a landline the provider already holds
     * stays (this page asks for a mobile only, so emptying it removes only a mobile).
     */
    private String telNo(Map<String, String> now) {
        if (mobile != null) {
            return national(mobile);
        }
        String current = now.get("TelNo");
        return current != null && MobileNumbers.ukMobileE164(current).isEmpty() ? current : null;
    }

    @Override
    protected void refused(InvalidInputException refusal) {
        showDetails(List.of(refusal));
    }

    private boolean needsCode(Channel channel) {
        Map<String, String> now = now();
        if (channel == Channel.EMAIL) {
            return isNewEmail(email, now) && !email.equals(confirmedEmail);
        }
        return mobile != null && !mobile.equals(mobileNow(now)) && !mobile.equals(confirmedMobile);
    }

    private String address(Channel channel) {
        return channel == Channel.EMAIL ? email : mobile;
    }

    private static boolean isNewEmail(String email, Map<String, String> now) {
        String current = now.get("Email");
        return current == null || !current.strip().equalsIgnoreCase(email);
    }

    private static String mobileNow(Map<String, String> now) {
        return MobileNumbers.ukMobileE164(now.get("TelNo")).orElse(null);
    }

    /** +447700900123 as the ILR and people write it: 07700900123. */
    private static String national(String e164) {
        return e164 == null ? null : e164.startsWith("+44") ? "0" + e164.substring(3) : e164;
    }

    /** The email and telephone the provider holds, read once for this request. */
    private Map<String, String> now() {
        if (current == null) {
            current = inProvider(() -> changes.touched(learner().learnerId(),
                    new RecordChange.ContactDetailsChange(null, null)));
        }
        return current;
    }
}
