package app.waymark.browser;

import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.RecurringJobs;
import app.waymark.destination.SurveyDispatch;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform operator sees that the recurring jobs live: the Jobs page, a run on request, the health details. */
class OperatorJobsBrowserTest extends BrowserTest {

    @Autowired
    RecurringJobs jobs;

    @Test
    void the_operator_runs_the_daily_survey_run_from_the_jobs_page_and_sees_it_in_the_health_details() {
        signInWithForm(OPERATOR, demoPassword);
        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Jobs"))
                .click();
        assertThat(page.locator("#jobs-grid")).containsText("Daily destination survey run");
        assertThat(page.locator("#jobs-grid")).containsText("29 Feb 2028 07:00:00");
        screenshot("40-jobs");

        Instant asked = Instant.now();
        page.locator("#run-now-" + SurveyDispatch.DAILY_RUN_JOB).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("will start in a moment");
        Optional<RecurringJobRun> run = jobs.awaitRunFinishedAfter(SurveyDispatch.DAILY_RUN_JOB, asked,
                Duration.ofSeconds(60));
        assertThat(run).isPresent();
        page.locator("#jobs-refresh").click();
        assertThat(page.locator("#job-runs")).isVisible();
        assertThat(page.locator("#job-runs")).containsText("Succeeded");
        screenshot("41-jobs-after-run-now");

        Response health = page.navigate("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text()).contains("\"recurringJobs\"", "\"destination-daily-survey-run\"",
                "\"nextRun\":\"2028-02-29T07:00:00Z\"", "\"attention\":[]", "\"zone\":\"Europe/London\"");
    }
}
