package app.waymark.portal.ui;

import app.waymark.base.ui.ClientAddress;
import app.waymark.branding.BrandingService;
import app.waymark.portal.LearnerSessions;
import app.waymark.portal.LearnerSignIn;
import app.waymark.portal.SignInRecipient;
import app.waymark.tenant.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

/**
 * Where the learner types the code they were sent ({@code me/<provider>/code}): one field, the GOV.UK error summary,
 * and a way to have a new code sent or to use another address. Reached only after asking for a code in this browser.
 */
@Route(value = "me/:provider/code", autoLayout = false)
@AnonymousAllowed
class CodePage extends PortalPage {

    private static final int DIGITS = 6;

    private final LearnerSignIn signIn;
    private SignInRecipient recipient;

    CodePage(TenantService tenants, BrandingService brandings, LearnerSessions sessions, LearnerSignIn signIn) {
        super(tenants, brandings, sessions);
        this.signIn = signIn;
    }

    @Override
    protected boolean needsSignedInLearner() {
        return false;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        recipient = sessions().codeRequest(provider().slug()).orElse(null);
        if (recipient == null) {
            event.forwardTo(PortalRoutes.signIn(provider().slug()));
            return;
        }
        showForm(false);
    }

    private void showForm(boolean sentAgain) {
        boolean email = recipient.channel() == SignInRecipient.Channel.EMAIL;
        page(getTranslation(email ? "portal.code.title.email" : "portal.code.title.sms"), null);
        if (sentAgain) {
            body().add(PortalParts.notice("sent-again", getTranslation("portal.code.sent-again")));
        }
        text(getTranslation("portal.code.sent", providerName(),
                email ? recipient.address() : PortalParts.ukMobile(recipient.address()))).setId("sent-to");
        text(getTranslation(email ? "portal.code.validity.email" : "portal.code.validity.sms",
                signIn.codeValidity().toMinutes()));
        TextField code = new TextField(getTranslation("portal.code.label"));
        code.setId("code");
        code.setHelperText(getTranslation("portal.code.hint"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("spellcheck", "false");
        code.setMaxLength(12);
        code.addClassName("wm-portal-code");
        body().add(code);
        Button next = PortalParts.primary(getTranslation("portal.continue"), "continue");
        next.addClickListener(click -> enter(code));
        next.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        body().add(next);

        body().add(new H2(getTranslation("portal.code.problems")));
        text(getTranslation("portal.code.problems.text"));
        NativeButton again = new NativeButton(getTranslation("portal.code.send-again"),
                click -> sendAgain(click.getSource()));
        again.setId("send-again");
        again.addClassName("wm-survey-change");
        RouterLink other = new RouterLink(getTranslation("portal.code.other-address"), SignInPage.class,
                new RouteParameters(PROVIDER, provider().slug()));
        other.setId("other-address");
        body().add(new Paragraph(again), new Paragraph(other));
    }

    private void enter(TextField field) {
        PortalParts.removeErrorSummary(body());
        field.setInvalid(false);
        String code = field.getValue().replaceAll("[\\s-]", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            problem(field, getTranslation(code.isEmpty() ? "portal.code.missing" : "portal.code.format"));
            return;
        }
        String slug = provider().slug();
        switch (signIn.enterCode(provider().id(), recipient, code)) {
            case LearnerSignIn.CodeCheck.SignedIn signedIn -> {
                sessions().signIn(provider().id(), slug, signedIn.learnerId());
                getUI().ifPresent(ui -> ui.navigate(PortalRoutes.aboutYou(slug)));
            }
            case LearnerSignIn.CodeCheck.Wrong ignored -> problem(field, getTranslation("portal.code.wrong"));
            case LearnerSignIn.CodeCheck.TooManyTries ignored ->
                    problem(field, getTranslation("portal.code.too-many-tries"));
            case LearnerSignIn.CodeCheck.NoLongerValid ignored ->
                    problem(field, getTranslation("portal.code.no-longer-valid"));
        }
    }

    private void problem(TextField field, String message) {
        PortalParts.showFieldError(field, message);
        body().addComponentAtIndex(PortalParts.indexAfterHeading(body()),
                errorSummary(List.of(new Problem(message, focus(field)))));
    }

    private void sendAgain(NativeButton again) {
        if (signIn.request(provider().id(), provider().slug(), recipient, ClientAddress.current())) {
            showForm(true);
        } else {
            PortalParts.removeErrorSummary(body());
            body().addComponentAtIndex(PortalParts.indexAfterHeading(body()), errorSummary(List.of(
                    new Problem(getTranslation("portal.sign-in.too-many-requests"), focus(again)))));
        }
    }
}
