package app.waymark.tracker;

import java.util.Locale;

/**
 * The words of tracker notifications: the bell's title and sentence, and a digest line. They are stored with the
 * notification (the bell shows what was posted) and put into the provider's email wording, which is English.
 */
final class TrackerNotices {

    /** "Change of address" for CHANGE_OF_ADDRESS: every tracker type's name reads as a phrase. */
    static String typeName(TrackerType type) {
        String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** e.g. "T-12 Change of address for Aisha Khan". */
    static String subject(String reference, TrackerType type, String learnerName) {
        return reference + " " + typeName(type) + " for " + learnerName;
    }

    /** The bell's title, e.g. "T-12 Change of address for Aisha Khan: processed". */
    static String title(TrackerEvent.Kind kind, String reference, TrackerType type, String learnerName) {
        return subject(reference, type, learnerName) + ": " + headline(kind);
    }

    /** What happened, as the person told reads it, e.g. "Priya Shah assigned it to you." */
    static String sentence(TrackerEvent.Kind kind, TrackerAudience.Role role, String actor, String assignee,
                           String rejectionReason) {
        return switch (kind) {
            case RAISED -> role == TrackerAudience.Role.ASSIGNEE ? actor + " raised it and assigned it to you."
                    : actor + " raised it" + (assignee == null ? "; nobody is assigned to it yet." : " and assigned"
                    + " it to " + assignee + ".");
            case ASSIGNED -> role == TrackerAudience.Role.ASSIGNEE ? actor + " assigned it to you."
                    : actor + " assigned it to " + (assignee == null ? "nobody" : assignee) + ".";
            case PRE_AUTHORISED -> actor + " pre-authorised it: it can now be processed.";
            case PROCESSED -> actor + " processed it: the change is now on "
                    + (role == TrackerAudience.Role.TUTOR ? "your learner's" : "the learner's") + " record.";
            case REJECTED -> actor + " rejected it. The reason given: " + rejectionReason;
            case CANCELLED -> actor + " cancelled it.";
            case EDITED -> actor + " changed it.";
        };
    }

    /** One line of a digest email: which tracker, then what happened. */
    static String digestLine(String subject, String sentence) {
        return subject + ": " + sentence;
    }

    private static String headline(TrackerEvent.Kind kind) {
        return switch (kind) {
            case RAISED -> "new";
            case EDITED -> "changed";
            case ASSIGNED -> "allocated";
            case PRE_AUTHORISED -> "pre-authorised";
            case PROCESSED -> "processed";
            case REJECTED -> "rejected";
            case CANCELLED -> "cancelled";
        };
    }

    private TrackerNotices() {
    }
}
