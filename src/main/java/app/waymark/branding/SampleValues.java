package app.waymark.branding;

import java.util.Map;

/** Made-up values for previews and test sends, so admins see the wording as a learner would. */
final class SampleValues {

    static Map<String, String> forPreview(String providerName, String baseUrl) {
        return Map.of(
                "learner.firstName", "Aisha",
                "provider.name", providerName,
                "survey.link", baseUrl + "/survey/SAMPLE-LINK",
                "survey.expiresOn", "21 December 2026",
                "unsubscribe.link", baseUrl + "/unsubscribe/SAMPLE-LINK",
                "signIn.code", "482 913",
                "signIn.expiresInMinutes", "10");
    }

    private SampleValues() {
    }
}
