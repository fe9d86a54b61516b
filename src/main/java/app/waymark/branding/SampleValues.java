package app.waymark.branding;

import java.util.Map;

/** Made-up values for previews and test sends, so admins see the wording as a learner would. */
final class SampleValues {

    static Map<String, String> forPreview(String providerName, String baseUrl) {
        return Map.ofEntries(
                Map.entry("learner.firstName", "Aisha"),
                Map.entry("provider.name", providerName),
                Map.entry("survey.link", baseUrl + "/survey/SAMPLE-LINK"),
                Map.entry("survey.expiresOn", "21 December 2026"),
                Map.entry("unsubscribe.link", baseUrl + "/unsubscribe/SAMPLE-LINK"),
                Map.entry("signIn.code", "482 913"),
                Map.entry("signIn.expiresInMinutes", "10"),
                Map.entry("staff.name", "Sam Patel"),
                Map.entry("invitedBy.name", "Priya Shah"),
                Map.entry("invitation.link", baseUrl + "/invitation/SAMPLE-LINK"),
                Map.entry("invitation.expiresOn", "9 December 2026"),
                Map.entry("reset.link", baseUrl + "/password-reset/SAMPLE-LINK"),
                Map.entry("reset.expiresInMinutes", "60"),
                Map.entry("tracker.reference", "T-1042"),
                Map.entry("tracker.type", "Change of address"),
                Map.entry("learner.name", "Aisha Khan"),
                Map.entry("tracker.event", "Priya Shah processed it: the change is now on the learner's record."),
                Map.entry("tracker.link", baseUrl + "/trackers/SAMPLE"),
                Map.entry("digest.count", "2 updates"),
                Map.entry("digest.items", "- T-1042 Change of address for Aisha Khan: Priya Shah processed it."
                        + " " + baseUrl + "/trackers/SAMPLE\n- T-1043 Change of name for Sam Okafor: Jo Bell raised"
                        + " it. " + baseUrl + "/trackers/SAMPLE-2"),
                Map.entry("trackers.link", baseUrl + "/trackers"),
                Map.entry("request.kind", "change of address"),
                Map.entry("request.reason", "The postcode does not match the address. Please check it and ask again."),
                Map.entry("portal.link", baseUrl + "/me/sample"),
                Map.entry("confirmation.code", "739 204"),
                Map.entry("confirmation.expiresInMinutes", "10"),
                Map.entry("signIn.link", baseUrl + "/me/sample/link/SAMPLE-LINK"),
                Map.entry("participant.firstName", "Darren"),
                Map.entry("activity.title", "CV workshop"),
                Map.entry("activity.description", "At the Leeds office, 10am. Bring your CV."),
                Map.entry("activity.dueOn", "14 December 2026"),
                Map.entry("workCoach.name", "Leah Brennan"));
    }

    private SampleValues() {
    }
}
