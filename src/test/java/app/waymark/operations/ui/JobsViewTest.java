package app.waymark.operations.ui;

import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.RecurringJobStatus;
import app.waymark.base.jobs.RecurringJobs;
import app.waymark.destination.SurveyDispatch;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class JobsViewTest extends KaribuTest {

    @Autowired
    RecurringJobs recurringJobs;
    @Autowired
    AuditService audit;

    @Test
    void the_operator_sees_the_daily_survey_run_with_its_schedule_and_next_run() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("platform/jobs");

        Grid<RecurringJobStatus> grid = jobsGrid();
        assertThat(_size(grid)).isEqualTo(4);
        assertThat(_getFormatted(grid, 0, "job")).isEqualTo("Daily destination survey run");
        assertThat(_getFormatted(grid, 1, "job")).isEqualTo("Folding of the destination report counts");
        assertThat(_getFormatted(grid, 2, "job")).isEqualTo("Daily deletion of old learner sign-in codes");
        assertThat(_getFormatted(grid, 3, "job")).isEqualTo("Daily tracker summary emails");
        assertThat(_getFormatted(grid, 0, "schedule")).isEqualTo("0 0 7 29 2 * (UK time)");
        assertThat(((Span) _getCellComponent(grid, 0, "next")).getText()).isEqualTo("29 Feb 2028 07:00:00");
    }

    @Test
    void run_now_runs_the_job_through_the_scheduler_on_the_platform_trail_and_its_run_is_listed() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("platform/jobs");
        Instant asked = Instant.now();

        Button runNow = (Button) _getCellComponent(jobsGrid(), 0, "run");
        assertThat(runNow.getId()).hasValue("run-now-" + SurveyDispatch.DAILY_RUN_JOB);
        _click(runNow);

        assertThat(getNotifications()).anySatisfy(notification -> assertThat(notification.getElement()
                .getProperty("text")).isEqualTo("Daily destination survey run will start in a moment"));
        Optional<RecurringJobRun> run = recurringJobs.awaitRunFinishedAfter(SurveyDispatch.DAILY_RUN_JOB, asked,
                Duration.ofSeconds(60));
        assertThat(run).hasValueSatisfying(r -> assertThat(r.succeeded()).isTrue());
        AuditRecord requested = audit.latestPlatformEvents(5).getFirst();
        assertThat(requested.action()).isEqualTo("JOB_RUN_REQUESTED");
        assertThat(requested.actorName()).isEqualTo("Platform Operator");

        _click(_get(Button.class, spec -> spec.withId("jobs-refresh")));
        @SuppressWarnings("unchecked")
        Grid<RecurringJobRun> runs = _get(Grid.class, spec -> spec.withId("job-runs"));
        assertThat(_getFormatted(runs, 0, "outcome")).isEqualTo("Succeeded");
        assertThat(_getFormatted(jobsGrid(), 0, "success")).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RecurringJobStatus> jobsGrid() {
        return _get(Grid.class, spec -> spec.withId("jobs-grid"));
    }
}
