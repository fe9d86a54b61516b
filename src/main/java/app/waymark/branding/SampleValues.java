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
                Map.entry("reset.expiresInMinutes", "60"));
    }

    private SampleValues() {
    }
}
