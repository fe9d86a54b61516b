package app.waymark.browser;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class IlrImportBrowserTest extends BrowserTest {

    @Test
    void an_mis_officer_uploads_the_funders_sample_file_and_sees_the_counts() {
        signInWithForm("mis@northfield.example", demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/ilr/imports");
        page.locator("#ilr-upload input[type=file]").setInputFiles(
                Path.of("../shared/ilr-samples/ILR-99999999-2526-20250108-094401.xml"));
        assertThat(page.locator("#ilr-counts")).containsText("19 in file", new com.microsoft.playwright
                .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#ilr-history")).containsText("ILR-99999999-2526-20250108-094401.xml");
        screenshot("20-ilr-import-done");

        page.navigate("/learners");
        assertThat(page.locator("#learners vaadin-grid")).isVisible();
        screenshot("21-learners");
    }
}
