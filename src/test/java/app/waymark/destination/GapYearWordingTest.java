package app.waymark.destination;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 9 of issue 19: GAP-1 is a gap year before higher education, and every text that names it says so (survey,
 * staff form, report filter, dashboard), so a learner taking a year out for other reasons does not pick it.
 */
class GapYearWordingTest {

    @Test
    void rule9_every_text_naming_a_gap_year_says_before_higher_education() throws IOException {
        Properties translations = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            translations.load(in);
        }
        assertThat(translations.stringPropertyNames()).filteredOn(key ->
                        translations.getProperty(key).toLowerCase(Locale.UK).contains("gap year"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(translations.getProperty(key)).as(key)
                        .containsIgnoringCase("gap year before higher education"));
        assertThat(translations.getProperty("survey.activity.GAP_YEAR")).isEqualTo("Gap year before higher education");
        assertThat(translations.getProperty("destinations.dashboard.type.GAP"))
                .isEqualTo("Gap year before higher education");
    }
}
