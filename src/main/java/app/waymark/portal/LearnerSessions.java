package app.waymark.portal;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The learner's side of a browser session: which learner of which provider signed in, kept in the Vaadin session
 * and never as a Spring Security sign-in, so no staff route (each needs a staff sign-in) can accept it and the
 * portal's pages ignore a staff sign-in. It ends after {@code waymark.portal.idle-timeout} without activity,
 * {@code waymark.portal.absolute-lifetime} after the sign-in however active, on signing out, or when the learner opens
 * another provider's portal.
 */
@Component
public class LearnerSessions {

    /** Where a learner stands on a portal page. */
    public sealed interface Access {
        record SignedIn(SignedInLearner learner) implements Access {
        }

        /** Nobody signed in to this provider's portal in this browser. */
        record NotSignedIn() implements Access {
        }

        /** The learner was signed out after the idle time: the sign-in page says so. */
        record TimedOut() implements Access {
        }

        /** The learner was signed out at the session's absolute lifetime: the sign-in page says so. */
        record LifetimeReached() implements Access {
        }
    }

    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteLifetime;

    LearnerSessions(Clock clock, @Value("${waymark.portal.idle-timeout:15m}") Duration idleTimeout,
                    @Value("${waymark.portal.absolute-lifetime:12h}") Duration absoluteLifetime) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteLifetime = absoluteLifetime;
    }

    /** The learner signed in to this provider's portal, if any; counts as activity, so the idle time starts again. */
    public Access access(String providerSlug) {
        VaadinSession session = VaadinSession.getCurrent();
        SignedInLearner learner = session == null ? null : session.getAttribute(SignedInLearner.class);
        if (learner == null || !learner.providerSlug().equals(providerSlug)) {
            return new Access.NotSignedIn();
        }
        Instant now = clock.instant();
        if (!now.isBefore(learner.signedInAt().plus(absoluteLifetime))) {
            session.setAttribute(SignedInLearner.class, null);
            return new Access.LifetimeReached();
        }
        if (learner.lastActive().plus(idleTimeout).isBefore(now)) {
            session.setAttribute(SignedInLearner.class, null);
            return new Access.TimedOut();
        }
        SignedInLearner active = learner.activeAt(now);
        session.setAttribute(SignedInLearner.class, active);
        return new Access.SignedIn(active);
    }

    /**
     * Starts the learner's session in this browser. The HTTP session gets a new id first, so an id seen before
     * sign-in (fixation) is worthless afterwards.
     */
    public SignedInLearner signIn(UUID tenantId, String providerSlug, UUID learnerId) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        Instant now = clock.instant();
        SignedInLearner learner = new SignedInLearner(tenantId, providerSlug, learnerId, now, now);
        VaadinSession.getCurrent().setAttribute(CodeRequest.class, null);
        VaadinSession.getCurrent().setAttribute(SignedInLearner.class, learner);
        return learner;
    }

    public void signOut() {
        Optional.ofNullable(VaadinSession.getCurrent()).ifPresent(session -> {
            session.setAttribute(SignedInLearner.class, null);
            session.setAttribute(CodeRequest.class, null);
        });
    }

    /** The address a code was asked for in this browser, for the page where the learner types it. */
    private record CodeRequest(String providerSlug, SignInRecipient recipient) {
    }

    /** Remembers, in this browser only, where the learner asked this provider's code to go. */
    public void rememberCodeRequest(String providerSlug, SignInRecipient recipient) {
        VaadinSession.getCurrent().setAttribute(CodeRequest.class, new CodeRequest(providerSlug, recipient));
    }

    /** Where the learner asked this provider's code to go in this browser, if they did. */
    public Optional<SignInRecipient> codeRequest(String providerSlug) {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> session.getAttribute(CodeRequest.class))
                .filter(request -> request.providerSlug().equals(providerSlug))
                .map(CodeRequest::recipient);
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration absoluteLifetime() {
        return absoluteLifetime;
    }
}
