package app.waymark.browser;

import org.junit.jupiter.api.Test;

import app.waymark.ilr.IlrSamples;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class IlrImportBrowserTest extends BrowserTest {

    @Test
    void an_mis_officer_uploads_the_funders_sample_file_and_sees_the_counts() {
        signInWithForm("mis@northfield.example", demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/ilr/imports");
        page.locator("#ilr-upload input[type=file]").setInputFiles(
                IlrSamples.FUNDER_2526);
        assertThat(page.locator("#ilr-counts")).containsText("19 in file", new com.microsoft.playwright
                .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#ilr-history")).containsText("ILR-99999999-2526-20250108-094401.xml");
        screenshot("20-ilr-import-done");

        page.navigate("/learners?q=WM00000004");
        assertThat(page.locator("#learners vaadin-grid")).containsText("WM00000004");
        screenshot("21-learners");
        page.locator("#learners vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("WM00000004")).first().click();
        assertThat(page.locator("#learner-detail")).containsText("LearnRefNumber WM00000004");
        screenshot("22-learner-personal");
        page.locator("vaadin-tab", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Programme and aims")).click();
        assertThat(page.locator("#learner-aims")).isVisible();
        screenshot("23-learner-aims");
    }

    @Test
    void an_admin_sees_the_api_tokens_page() {
        signInWithForm(NORTHFIELD_ADMIN, demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/settings/api-tokens");
        assertThat(page.locator("#tokens-grid")).containsText("Demo MIS upload");
        screenshot("24-api-tokens");
    }
}
