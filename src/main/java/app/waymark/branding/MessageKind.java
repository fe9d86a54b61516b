package app.waymark.branding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of message Waymark sends, each with the placeholders its wording may use and Waymark's default wording.
 * Kinds that go to learners who may opt out carry an unsubscribe link; kinds for staff go by email only.
 */
public enum MessageKind {

    SURVEY_INVITATION(true, List.of("learner.firstName", "provider.name", "survey.link", "survey.expiresOn",
            "unsubscribe.link"),
            "{provider.name}: tell us what you are doing now",
            """
            Hello {learner.firstName},

            You recently finished your course with {provider.name}. We would like to know what you are doing now: \
            it takes about two minutes and helps us support future learners.

            Answer the survey: {survey.link}

            The link works until {survey.expiresOn}.

            Thank you,
            {provider.name}""",
            "{provider.name}: hello {learner.firstName}, what are you doing now? 2-minute survey: {survey.link}"),

    SURVEY_REMINDER(true, List.of("learner.firstName", "provider.name", "survey.link", "survey.expiresOn",
            "unsubscribe.link"),
            "Reminder: {provider.name} would like to hear from you",
            """
            Hello {learner.firstName},

            A short reminder: we would still like to know what you are doing since leaving {provider.name}.

            Answer the survey: {survey.link}

            The link works until {survey.expiresOn}.

            Thank you,
            {provider.name}""",
            "{provider.name}: a reminder, {learner.firstName}. Tell us what you are doing now: {survey.link}"),

    SIGN_IN_CODE(false, List.of("learner.firstName", "provider.name", "signIn.code", "signIn.expiresInMinutes",
            "signIn.link"),
            "Your {provider.name} sign-in code",
            """
            Hello {learner.firstName},

            Your sign-in code is {signIn.code}. It works for {signIn.expiresInMinutes} minutes.

            Or sign in with this link, which works once: {signIn.link}

            If you did not ask for it, you can ignore this message.

            {provider.name}""",
            "Your {provider.name} sign-in code is {signIn.code}. It works for {signIn.expiresInMinutes} minutes."),

    LEARNER_REQUEST_ACCEPTED(false, List.of("learner.firstName", "provider.name", "request.kind",
            "portal.link"),
            "{provider.name} has made the change you asked for",
            """
            Hello {learner.firstName},

            We have made the change you asked for: {request.kind}. Our records now show your new details.

            You can see your details and your requests here: {portal.link}

            {provider.name}""",
            "{provider.name}: we have made the change you asked for ({request.kind}). See your details: {portal.link}"),

    LEARNER_REQUEST_NOT_ACCEPTED(false, List.of("learner.firstName", "provider.name", "request.kind",
            "request.reason", "portal.link"),
            "{provider.name} could not make the change you asked for",
            """
            Hello {learner.firstName},

            We could not make the change you asked for: {request.kind}.

            The reason: {request.reason}

            You can see your details and ask again here: {portal.link}

            {provider.name}""",
            // The reason is staff's own sentence, with or without a full stop: it gets a line of its own.
            "{provider.name} could not make the change you asked for ({request.kind}). The reason:\n"
                    + "{request.reason}\nSee your details and ask again: {portal.link}"),

    STAFF_INVITATION(false, List.of("staff.name", "provider.name", "invitation.link", "invitation.expiresOn",
            "invitedBy.name"),
            "You are invited to {provider.name} on Waymark",
            """
            Hello {staff.name},

            {invitedBy.name} has invited you to {provider.name}'s Waymark, where staff keep learners' records, \
            destinations and requests.

            Choose your password and sign in: {invitation.link}

            The link works once, until {invitation.expiresOn}. If you were not expecting this, you can ignore it.

            {provider.name}""",
            null),

    PASSWORD_RESET(false, List.of("staff.name", "provider.name", "reset.link", "reset.expiresInMinutes"),
            "Reset your {provider.name} Waymark password",
            """
            Hello {staff.name},

            Someone asked to reset the password of your {provider.name} Waymark account. If it was you, choose a \
            new password here: {reset.link}

            The link works once, for {reset.expiresInMinutes} minutes. Choosing a new password signs you out \
            everywhere else.

            If you did not ask, ignore this email: your password stays as it is.

            {provider.name}""",
            null),

    TRACKER_UPDATE(false, List.of("staff.name", "provider.name", "tracker.reference", "tracker.type",
            "learner.name", "tracker.event", "tracker.link"),
            "{tracker.reference} {tracker.type} for {learner.name}",
            """
            Hello {staff.name},

            {tracker.event}

            Tracker {tracker.reference}: {tracker.type} for {learner.name}.

            Open it in Waymark: {tracker.link}

            You get an email each time something happens to a tracker that concerns you. You can choose one summary \
            a day, or none, under Email notifications in Waymark's user menu.

            {provider.name}""",
            null),

    TRACKER_DIGEST(false, List.of("staff.name", "provider.name", "digest.count", "digest.items", "trackers.link"),
            "Your {provider.name} tracker summary: {digest.count}",
            """
            Hello {staff.name},

            Since your last summary ({digest.count}):

            {digest.items}

            See the trackers in Waymark: {trackers.link}

            You get this summary once a day, at the time you chose under Email notifications in Waymark's user menu.

            {provider.name}""",
            null),

    CONTACT_CONFIRMATION_CODE(false, List.of("learner.firstName", "provider.name", "confirmation.code",
            "confirmation.expiresInMinutes"),
            "Confirm your email address for {provider.name}",
            """
            Hello {learner.firstName},

            You asked {provider.name} to contact you at this email address from now on. To confirm that it is \
            yours, enter this code on the page where you asked:

            {confirmation.code}

            The code works for {confirmation.expiresInMinutes} minutes.

            If you did not ask for this, you can ignore this email: nothing will change.

            {provider.name}""",
            "{provider.name}: your code to confirm this mobile number is {confirmation.code}. It works for"
                    + " {confirmation.expiresInMinutes} minutes."),

    /** DWP Restart: the written notice that an activity on a participant's action plan is mandatory. */
    MANDATORY_ACTIVITY_NOTIFICATION(false, List.of("participant.firstName", "provider.name", "activity.title",
            "activity.description", "activity.dueOn", "workCoach.name"),
            "Mandatory activity: {activity.title} by {activity.dueOn}",
            """
            Hello {participant.firstName},

            This is your Mandatory Activity Notification from {provider.name} on the Restart Scheme.

            You must take part in this activity: {activity.title}
            {activity.description}
            It must be done by {activity.dueOn}.

            If you do not take part and cannot show a good reason, we must tell the Department for Work and \
            Pensions, and this may affect your benefit.

            If you cannot take part, contact your work coach, {workCoach.name}, before then.

            {provider.name}""",
            "{provider.name}: {participant.firstName}, you must take part in {activity.title} by {activity.dueOn}."
                    + " If you cannot, contact {workCoach.name} first: missing it may affect your benefit.");

    private final boolean unsubscribeAllowed;
    private final Set<String> placeholders;
    private final String defaultSubject;
    private final String defaultBody;
    private final String defaultSms;

    MessageKind(boolean unsubscribeAllowed, List<String> placeholders, String defaultSubject, String defaultBody,
                String defaultSms) {
        this.unsubscribeAllowed = unsubscribeAllowed;
        this.placeholders = new LinkedHashSet<>(placeholders);
        this.defaultSubject = defaultSubject;
        this.defaultBody = defaultBody;
        this.defaultSms = defaultSms;
    }

    public boolean unsubscribeAllowed() {
        return unsubscribeAllowed;
    }

    /** False for kinds sent by email only (staff invitations, password resets): they have no SMS wording. */
    public boolean sentBySms() {
        return defaultSms != null;
    }

    /** Names without braces, in the order the editor lists them. */
    public Set<String> placeholders() {
        return placeholders;
    }

    String defaultSubject() {
        return defaultSubject;
    }

    String defaultBody() {
        return defaultBody;
    }

    String defaultSms() {
        return defaultSms;
    }
}
