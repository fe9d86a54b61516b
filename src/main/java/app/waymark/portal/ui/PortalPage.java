package app.waymark.portal.ui;

import app.waymark.base.ui.LearnerPage;
import app.waymark.branding.BrandingService;
import app.waymark.portal.LearnerSessions;
import app.waymark.portal.SignedInLearner;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

import java.util.function.Supplier;

/**
 * A page of one provider's learner portal, at {@code me/:provider/...}: in the provider's branding, and for pages
 * that need it, only for the learner signed in to that provider's portal (anyone else goes to its sign-in page,
 * told when it was the idle time that signed them out). Everything it reads or changes runs in that provider.
 */
abstract class PortalPage extends LearnerPage implements BeforeEnterObserver {

    static final String PROVIDER = "provider";

    private final TenantService tenants;
    private final BrandingService brandings;
    private final LearnerSessions sessions;
    private TenantSummary provider;
    private SignedInLearner learner;

    PortalPage(TenantService tenants, BrandingService brandings, LearnerSessions sessions) {
        this.tenants = tenants;
        this.brandings = brandings;
        this.sessions = sessions;
    }

    /** False for the pages before sign-in. */
    protected boolean needsSignedInLearner() {
        return true;
    }

    /** Shows the page once the provider (and the learner, when needed) is known. */
    protected abstract void show(BeforeEnterEvent event);

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(PROVIDER).orElse("");
        provider = tenants.activeBySlug(slug).orElse(null);
        if (provider == null) {
            brand(null);
            page(getTranslation("portal.unknown.heading"), null);
            text(getTranslation("portal.unknown.text"));
            return;
        }
        brand(TenantContext.callAs(provider.id(), brandings::current));
        learner = null;
        if (needsSignedInLearner()) {
            switch (sessions.access(slug)) {
                case LearnerSessions.Access.SignedIn signedIn -> {
                    learner = signedIn.learner();
                    headerAction(signOutButton(slug));
                }
                case LearnerSessions.Access.TimedOut ignored -> {
                    event.forwardTo(PortalRoutes.signIn(slug), QueryParameters.of("signed-out", "idle"));
                    return;
                }
                case LearnerSessions.Access.LifetimeReached ignored -> {
                    event.forwardTo(PortalRoutes.signIn(slug), QueryParameters.of("signed-out", "lifetime"));
                    return;
                }
                case LearnerSessions.Access.NotSignedIn ignored -> {
                    event.forwardTo(PortalRoutes.signIn(slug));
                    return;
                }
            }
        }
        show(event);
    }

    private NativeButton signOutButton(String slug) {
        NativeButton signOut = new NativeButton(getTranslation("portal.sign-out"), event -> {
            sessions.signOut();
            event.getSource().getUI().ifPresent(ui -> ui.navigate(PortalRoutes.signIn(slug),
                    QueryParameters.of("signed-out", "you")));
        });
        signOut.setId("sign-out");
        signOut.addClassName("wm-portal-sign-out");
        return signOut;
    }

    protected TenantSummary provider() {
        return provider;
    }

    /** The signed-in learner; only on pages that need one. */
    protected SignedInLearner learner() {
        return learner;
    }

    /**
     * Runs work in the provider; on pages for a signed-in learner, only while the session is still live (an action
     * after the idle time sends the learner to sign in again) and counting as activity.
     */
    protected <T> T inProvider(Supplier<T> work) {
        LearnerSessions.Access access = needsSignedInLearner() ? sessions.access(provider.slug()) : null;
        if (access != null && !(access instanceof LearnerSessions.Access.SignedIn)) {
            String why = access instanceof LearnerSessions.Access.LifetimeReached ? "lifetime" : "idle";
            getUI().ifPresent(ui -> ui.navigate(PortalRoutes.signIn(provider.slug()),
                    QueryParameters.of("signed-out", why)));
            throw new LearnerSignedOutException();
        }
        return TenantContext.callAs(provider.id(), work::get);
    }

    protected LearnerSessions sessions() {
        return sessions;
    }
}
