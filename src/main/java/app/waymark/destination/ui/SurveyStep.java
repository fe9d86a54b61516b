package app.waymark.destination.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the learner is in the survey: a page, and for {@link SurveyPage#DETAILS} which activity's details (0 for
 * the first activity that asks for some). The address names it ({@code ?page=details-1}) so the browser's back and
 * forward buttons step through the survey.
 */
record SurveyStep(SurveyPage page, int details) {

    private static final String DETAILS_PREFIX = "details-";

    static final SurveyStep START = of(SurveyPage.START);
    static final SurveyStep ACTIVITIES = of(SurveyPage.ACTIVITIES);
    static final SurveyStep CONFLICTS = of(SurveyPage.CONFLICTS);
    static final SurveyStep CONTACT = of(SurveyPage.CONTACT);
    static final SurveyStep CHECK = of(SurveyPage.CHECK);
    static final SurveyStep THANKS = of(SurveyPage.THANKS);

    SurveyStep {
        if ((page == SurveyPage.DETAILS) != (details >= 0)) {
            throw new IllegalArgumentException("Only a details page has an index: " + page + " " + details);
        }
    }

    private static SurveyStep of(SurveyPage page) {
        return new SurveyStep(page, -1);
    }

    static SurveyStep details(int index) {
        return new SurveyStep(SurveyPage.DETAILS, index);
    }

    /** The page's name in the address: "start", "activities", "details-0", "conflicts", "contact", "check". */
    String address() {
        return page == SurveyPage.DETAILS ? DETAILS_PREFIX + details : page.name().toLowerCase(Locale.ROOT);
    }

    /** The step an address names; empty for a name that is not one of the survey's pages (or names thanks). */
    static Optional<SurveyStep> fromAddress(String address) {
        if (address.startsWith(DETAILS_PREFIX)) {
            try {
                int index = Integer.parseInt(address.substring(DETAILS_PREFIX.length()));
                return index >= 0 ? Optional.of(details(index)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        for (SurveyPage page : SurveyPage.values()) {
            if (page != SurveyPage.DETAILS && page != SurveyPage.THANKS
                    && page.name().toLowerCase(Locale.ROOT).equals(address)) {
                return Optional.of(of(page));
            }
        }
        return Optional.empty();
    }
}
