package app.waymark.demo;

import app.waymark.base.EmailAddresses;
import app.waymark.learner.LearnerContactPoints;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.ProgrammeStatus;
import app.waymark.portal.LearnerSignIn;
import app.waymark.portal.SignInRecipient;
import app.waymark.security.DemoAccounts;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The learner portal in the demo: on every start one learner of the provider, still on their course, "asks" for a
 * sign-in code, through the real sign-in, so the demo mailbox holds an email whose link signs a visitor in as that
 * learner (for 10 minutes; any learner's address from the Learners page asks for another).
 */
@Component
class DemoPortal {

    private final LearnerSignIn signIn;
    private final LearnerService learners;
    private final LearnerContactPoints contactPoints;
    private final DemoAccounts accounts;

    DemoPortal(LearnerSignIn signIn, LearnerService learners, LearnerContactPoints contactPoints,
               DemoAccounts accounts) {
        this.signIn = signIn;
        this.learners = learners;
        this.contactPoints = contactPoints;
        this.accounts = accounts;
    }

    /** Call in the demo provider's context. */
    void sendACode(UUID tenantId, String slug, String mailDomain) {
        Optional<String> email = accounts.actingAs("tutor@" + mailDomain, () -> learners.find(
                        new LearnerFilter(null, ProgrammeStatus.CONTINUING, null, null, null), 0, 20,
                        Sort.by("learnRefNumber")).stream()
                .map(learner -> contactPoints.of(learner.id()).map(LearnerContactPoints.ContactPoints::email)
                        .orElse(null))
                .filter(EmailAddresses::isPlausible).findFirst());
        email.flatMap(SignInRecipient::parse).ifPresent(recipient -> signIn.send(tenantId, slug, recipient));
    }
}
