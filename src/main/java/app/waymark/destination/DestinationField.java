package app.waymark.destination;

import app.waymark.base.FormField;

/**
 * The fields of the destination module's forms that a refusal can belong to: the staff record form, the staff note
 * dialogs, the tracking settings and the learner's survey. Views map these to their components.
 */
public enum DestinationField implements FormField {
    // The staff record form, and the survey's details pages for the dates
    OUTCOME,
    START_DATE,
    END_DATE,
    COLLECTION_DATE,
    // The staff note dialogs (supersede, review)
    REASON,
    NOTE,
    // Tracking settings
    BACK_POPULATION_DATE,
    DAYS_AFTER_LEAVING,
    FIRST_REMINDER_DAYS,
    SECOND_REMINDER_DAYS,
    NON_RESPONSE_DAYS,
    LINK_EXPIRY_DAYS,
    CONTACT_RULE_MODE,
    // The learner's survey
    /** The survey itself: it is no longer open. */
    SURVEY,
    ACTIVITIES,
    HOURS,
    STUDY_KIND,
    ONGOING,
    EMAIL,
    MOBILE,
    /** The survey's answers taken together (they do not fit, or cannot be recorded): no single question. */
    ANSWERS;

    /** As the services named fields before they were typed: {@code START_DATE} is {@code startDate}. */
    @Override
    public String fieldName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
