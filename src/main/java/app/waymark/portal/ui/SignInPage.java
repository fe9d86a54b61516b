package app.waymark.portal.ui;

import app.waymark.base.ui.ClientAddress;
import app.waymark.branding.BrandingService;
import app.waymark.portal.LearnerSessions;
import app.waymark.portal.LearnerSignIn;
import app.waymark.portal.SignInRecipient;
import app.waymark.tenant.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Optional;

/**
 * A provider's portal starts here ({@code me/<provider>}): the learner gives the email address or UK mobile number
 * the provider holds and is sent a code. The answer is the same whether or not the provider holds the address
 * (decision 0033). Says why the learner is here when the idle time, or the learner, signed them out.
 */
@Route(value = "me/:provider", autoLayout = false)
@AnonymousAllowed
class SignInPage extends PortalPage {

    private final LearnerSignIn signIn;

    SignInPage(TenantService tenants, BrandingService brandings, LearnerSessions sessions, LearnerSignIn signIn) {
        super(tenants, brandings, sessions);
        this.signIn = signIn;
    }

    @Override
    protected boolean needsSignedInLearner() {
        return false;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        String slug = provider().slug();
        LearnerSessions.Access access = sessions().access(slug);
        if (access instanceof LearnerSessions.Access.SignedIn) {
            event.forwardTo(PortalRoutes.aboutYou(slug));
            return;
        }
        String signedOut = event.getLocation().getQueryParameters().getSingleParameter("signed-out").orElse("");
        page(getTranslation("portal.sign-in.title", providerName()), null);
        if (signedOut.equals("idle") || access instanceof LearnerSessions.Access.TimedOut) {
            body().add(PortalParts.notice("signed-out", getTranslation("portal.sign-in.idle",
                    sessions().idleTimeout().toMinutes())));
        } else if (signedOut.equals("lifetime") || access instanceof LearnerSessions.Access.LifetimeReached) {
            body().add(PortalParts.notice("signed-out", getTranslation("portal.sign-in.lifetime",
                    sessions().absoluteLifetime().toHours())));
        } else if (signedOut.equals("you")) {
            body().add(PortalParts.notice("signed-out", getTranslation("portal.sign-in.signed-out")));
        }
        text(getTranslation("portal.sign-in.intro", providerName()));
        text(getTranslation("portal.sign-in.how", providerName()));
        TextField address = new TextField(getTranslation("portal.sign-in.address"));
        address.setId("address");
        address.setWidthFull();
        address.setHelperText(getTranslation("portal.sign-in.address.hint"));
        address.setAutocomplete(Autocomplete.USERNAME);
        address.getElement().setAttribute("spellcheck", "false");
        address.getElement().setAttribute("autocapitalize", "none");
        body().add(address);
        Button next = PortalParts.primary(getTranslation("portal.continue"), "continue");
        next.addClickListener(click -> ask(address));
        next.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        body().add(next);
    }

    private void ask(TextField address) {
        PortalParts.removeErrorSummary(body());
        address.setInvalid(false);
        String typed = address.getValue().strip();
        Optional<SignInRecipient> recipient = SignInRecipient.parse(typed);
        if (recipient.isEmpty()) {
            String message = getTranslation(typed.isEmpty() ? "portal.sign-in.address.missing"
                    : typed.contains("@") ? "portal.sign-in.address.email" : "portal.sign-in.address.invalid");
            PortalParts.showFieldError(address, message);
            body().addComponentAtIndex(PortalParts.indexAfterHeading(body()),
                    errorSummary(List.of(new Problem(message, focus(address)))));
            return;
        }
        String slug = provider().slug();
        if (!signIn.request(provider().id(), slug, recipient.get(), ClientAddress.current())) {
            String message = getTranslation("portal.sign-in.too-many-requests");
            body().addComponentAtIndex(PortalParts.indexAfterHeading(body()),
                    errorSummary(List.of(new Problem(message, focus(address)))));
            return;
        }
        sessions().rememberCodeRequest(slug, recipient.get());
        getUI().ifPresent(ui -> ui.navigate(PortalRoutes.code(slug)));
    }
}
