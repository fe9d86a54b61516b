package app.waymark.portal.ui;

import app.waymark.branding.BrandingService;
import app.waymark.portal.LearnerSessions;
import app.waymark.portal.LearnerSignIn;
import app.waymark.tenant.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Optional;
import java.util.UUID;

/**
 * The link in a sign-in email ({@code me/<provider>/link/<token>}). Opening it changes nothing (mail scanners open
 * links too); the learner's button press uses it, once, and signs them in.
 */
@Route(value = "me/:provider/link/:token", autoLayout = false)
@AnonymousAllowed
class SignInLinkPage extends PortalPage {

    private final LearnerSignIn signIn;
    private String token;

    SignInLinkPage(TenantService tenants, BrandingService brandings, LearnerSessions sessions, LearnerSignIn signIn) {
        super(tenants, brandings, sessions);
        this.signIn = signIn;
    }

    @Override
    protected boolean needsSignedInLearner() {
        return false;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        page(getTranslation("portal.sign-in.title", providerName()), null);
        text(getTranslation("portal.link.text"));
        Button use = PortalParts.primary(getTranslation("portal.link.button"), "sign-in");
        use.setDisableOnClick(true);
        use.addClickListener(click -> use());
        body().add(use);
    }

    private void use() {
        String slug = provider().slug();
        Optional<UUID> learner = signIn.openLink(provider().id(), token);
        if (learner.isPresent()) {
            sessions().signIn(provider().id(), slug, learner.get());
            getUI().ifPresent(ui -> ui.navigate(PortalRoutes.aboutYou(slug)));
            return;
        }
        page(getTranslation("portal.link.dead.title"), null);
        text(getTranslation("portal.link.dead.text", signIn.codeValidity().toMinutes()));
        RouterLink again = new RouterLink(getTranslation("portal.link.dead.again"), SignInPage.class,
                new RouteParameters(PROVIDER, slug));
        again.setId("ask-again");
        body().add(new Paragraph(again));
    }
}
