package app.waymark.portal.ui;

/** An action on a portal page after the learner's session ended; the page has already sent them to sign in. */
final class LearnerSignedOutException extends RuntimeException {

    LearnerSignedOutException() {
        super("The learner's portal session has ended", null, false, false);
    }
}
