package app.waymark.operations.ui;

import app.waymark.base.jobs.RecurringJobRun;
import app.waymark.base.jobs.RecurringJobStatus;
import app.waymark.base.jobs.RecurringJobs;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.operations.JobOperations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.List;

/**
 * The installation's recurring jobs for platform operators: when each runs next, how its last runs went, why the last
 * failure failed, and a run on request. Selecting a job lists its latest runs.
 */
@Route("platform/jobs")
@RolesAllowed(Permission.PLATFORM_OPERATOR)
@AccessDeniedErrorRouter
@Menu(title = "menu.jobs", order = 91, icon = "vaadin:clock")
class JobsView extends VerticalLayout implements HasDynamicTitle {

    private static final int RUNS_SHOWN = 20;

    private final JobOperations jobs;
    private final Grid<RecurringJobStatus> grid = new Grid<>();
    private final Grid<RecurringJobRun> runs = new Grid<>();
    private final H2 runsTitle = new H2();

    JobsView(JobOperations jobs) {
        this.jobs = jobs;
        setId("jobs");
        setSizeFull();
        grid.setId("jobs-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(job -> jobName(job.name())).setHeader(getTranslation("jobs.job")).setKey("job")
                .setFlexGrow(2);
        grid.addColumn(this::schedule).setHeader(getTranslation("jobs.schedule"))
                .setKey("schedule").setFlexGrow(1);
        grid.addComponentColumn(this::nextRun).setHeader(getTranslation("jobs.next-run")).setKey("next").setFlexGrow(1);
        grid.addColumn(job -> time(job.lastSuccess())).setHeader(getTranslation("jobs.last-success")).setKey("success")
                .setFlexGrow(1);
        grid.addComponentColumn(this::lastFailure).setHeader(getTranslation("jobs.last-failure")).setKey("failure")
                .setFlexGrow(3);
        grid.addComponentColumn(this::runNowButton).setKey("run").setWidth("9rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> showRuns(event.getValue()));

        runs.setId("job-runs");
        runs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        runs.addColumn(run -> UkFormats.SECOND.format(run.startedAt())).setHeader(getTranslation("jobs.run.started"))
                .setFlexGrow(1);
        runs.addColumn(run -> getTranslation("jobs.run.seconds", run.duration().toMillis() / 1000.0))
                .setHeader(getTranslation("jobs.run.duration")).setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setWidth("8rem");
        runs.addColumn(RecurringJobRun::node).setHeader(getTranslation("jobs.run.node")).setFlexGrow(1);
        runs.addColumn(run -> run.succeeded() ? getTranslation("jobs.run.succeeded") : run.failure())
                .setHeader(getTranslation("jobs.run.outcome")).setKey("outcome").setFlexGrow(3);
        runs.setAllRowsVisible(true);

        Button refresh = new Button(getTranslation("jobs.refresh"), event -> refresh());
        refresh.setId("jobs-refresh");
        add(new H1(getTranslation("jobs.title")), new Paragraph(getTranslation("jobs.intro")), refresh, grid,
                runsTitle, runs);
        List<RecurringJobStatus> statuses = refresh();
        if (statuses.isEmpty()) {
            showRuns(null);
        } else {
            grid.select(statuses.getFirst());
        }
    }

    /** Reloads the jobs, keeping the selected one selected (its runs reloaded too). */
    private List<RecurringJobStatus> refresh() {
        RecurringJobStatus selected = grid.asSingleSelect().getValue();
        List<RecurringJobStatus> statuses = jobs.statuses();
        grid.setItems(statuses);
        if (selected != null) {
            statuses.stream().filter(job -> job.name().equals(selected.name())).findFirst().ifPresent(grid::select);
        }
        return statuses;
    }

    private void showRuns(RecurringJobStatus job) {
        runsTitle.setVisible(job != null);
        runs.setVisible(job != null);
        if (job != null) {
            runsTitle.setText(getTranslation("jobs.runs-of", jobName(job.name())));
            runs.setItems(jobs.lastRuns(job.name(), RUNS_SHOWN));
        }
    }

    private String schedule(RecurringJobStatus job) {
        if (job.schedule() == null) {
            return "";
        }
        return job.zone() != null && job.zone().equals(UkFormats.UK)
                ? getTranslation("jobs.schedule.uk", job.schedule()) : job.schedule() + " (" + job.zone() + ")";
    }

    private Component nextRun(RecurringJobStatus job) {
        if (job.runningOn() != null) {
            return new Span(getTranslation("jobs.running-on", job.runningOn()));
        }
        return job.scheduled() ? new Span(time(job.nextRun())) : warning(getTranslation("jobs.not-scheduled"));
    }

    private Component lastFailure(RecurringJobStatus job) {
        if (job.lastFailure() == null) {
            return new Span(getTranslation("jobs.no-failure"));
        }
        String why = job.lastFailureWhy() == null ? "" : " " + job.lastFailureWhy();
        String text = time(job.lastFailure()) + why;
        return job.failing() ? warning(getTranslation("jobs.failing", job.failuresInARow()) + " " + text)
                : new Span(text);
    }

    private Component runNowButton(RecurringJobStatus job) {
        Button run = new Button(getTranslation("jobs.run-now"), event -> {
            RecurringJobs.RunRequest outcome = jobs.runNow(job.name());
            switch (outcome) {
                case REQUESTED -> Notifications.success(getTranslation("jobs.requested", jobName(job.name())));
                case ALREADY_RUNNING -> Notifications.error(getTranslation("jobs.already-running",
                        jobName(job.name())));
                case NOT_SCHEDULED -> Notifications.error(getTranslation("jobs.cannot-run", jobName(job.name())));
            }
            refresh();
        });
        run.setId("run-now-" + job.name());
        run.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        run.setEnabled(job.scheduled() && job.runningOn() == null);
        return run;
    }

    private static Component warning(String text) {
        Div warning = new Div(text);
        warning.addClassName("wm-job-warning");
        return warning;
    }

    private String jobName(String name) {
        String key = "jobs.name." + name;
        String text = getTranslation(key);
        return text.equals(key) || text.startsWith("!{") ? name : text;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : UkFormats.SECOND.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.title");
    }
}
