package app.waymark.destination;

/**
 * What became of contact details a learner gave with their survey answers ({@code survey_response.contact_review}):
 * raised as a change-of-contact-details tracker, or not raised because the tracker rules refused it (decision 0035).
 * {@code APPLIED} and {@code DISMISSED} are staff decisions of the earlier review list (release 0005), kept on old
 * responses.
 */
enum ContactReview {
    APPLIED, DISMISSED, TRACKER, NOT_RAISED
}
