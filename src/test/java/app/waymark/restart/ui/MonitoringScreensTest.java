package app.waymark.restart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import app.waymark.restart.RestartSettings;
import app.waymark.restart.RestartTrackerType;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.IntegerField;
import app.waymark.base.security.CurrentActor;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityPlan;
import app.waymark.restart.ActivityStatus;
import app.waymark.restart.Benefit;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringStatus;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.ParticipantDetails;
import app.waymark.restart.Participants;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The monitoring list, tracker page and compliance doubt summary, on trackers raised through the services. */
class MonitoringScreensTest extends KaribuTest {

    static final String COACH = "work-coach@riverside.example";
    static final String SUPERVISOR = "supervisor@riverside.example";
    static final String COMPLIANCE = "compliance@riverside.example";
    static final String OTHER_PROVIDER = "tracker-process@northfield.example";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000) + 500_000);

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;
    @Autowired
    RestartSettings settings;

    record Raised(UUID participant, String participantReference, UUID activity, MonitoringSummary tracker) {
    }

    @Test
    void the_list_shows_the_coachs_tracker_under_me_and_keeps_the_filters_in_the_url() {
        Raised raised = raise("Listed", Benefit.UC);
        signInToUi(COACH);
        UI.getCurrent().navigate("monitoring", QueryParameters.simple(Map.of("assignee", "ME",
                "q", raised.participantReference())));

        Grid<MonitoringSummary> grid = grid("monitoring-grid");
        assertThat(rows(grid)).extracting(MonitoringSummary::id).containsExactly(raised.tracker().id());
        assertThat(_get(Span.class, spec -> spec.withId("monitoring-count")).getText())
                .isEqualTo("1 monitoring tracker");
        @SuppressWarnings("unchecked")
        ComboBox<MonitoringListView.AssigneeChoice> assignee = _get(ComboBox.class,
                spec -> spec.withId("filter-assignee"));
        assertThat(assignee.getValue().kind()).isEqualTo(MonitoringFilter.Assignee.ME);
        assertThat(_get(Checkbox.class, spec -> spec.withId("filter-overdue")).getLabel())
                .isEqualTo("Overdue only (New after 5 working days)");

        @SuppressWarnings("unchecked")
        ComboBox<MonitoringStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
        _setValue(status, MonitoringStatus.CLOSED);
        assertThat(_size(grid)).isZero();
        assertThat(shownUrls()).last().satisfies(url -> assertThat(query(url)).containsExactlyInAnyOrderEntriesOf(
                Map.of("assignee", "ME", "q", raised.participantReference(), "status", "CLOSED")));

        signInToUi(COMPLIANCE);
        UI.getCurrent().navigate("monitoring", QueryParameters.simple(Map.of("assignee", "ME",
                "q", raised.participantReference())));
        assertThat(_size(grid("monitoring-grid"))).as("not compliance's tracker").isZero();
    }

    @Test
    void the_keyword_monitoring_and_the_type_filter_find_monitoring_trackers_and_the_type_is_kept_in_the_url() {
        Raised raised = raise("Typed", Benefit.JSA);
        signInToUi(COACH);
        UI.getCurrent().navigate("monitoring", QueryParameters.simple(Map.of("assignee", "ME", "q", "monitoring")));

        Grid<MonitoringSummary> grid = grid("monitoring-grid");
        assertThat(rows(grid)).as("no name or title says monitoring: the type does")
                .extracting(MonitoringSummary::id).contains(raised.tracker().id());
        assertThat(_getFormatted(grid, 0, "type")).isEqualTo("Monitoring");

        @SuppressWarnings("unchecked")
        ComboBox<RestartTrackerType> type = _get(ComboBox.class, spec -> spec.withId("filter-type"));
        assertThat(type.getListDataView().getItems()).extracting(RestartTrackerType::label)
                .containsExactly("Monitoring");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-keyword")), raised.participantReference());
        _setValue(type, RestartTrackerType.MONITORING);
        assertThat(rows(grid)).extracting(MonitoringSummary::id).containsExactly(raised.tracker().id());
        assertThat(shownUrls()).last().satisfies(url -> assertThat(query(url)).containsExactlyInAnyOrderEntriesOf(
                Map.of("assignee", "ME", "q", raised.participantReference(), "type", "MONITORING")));

        UI.getCurrent().navigate("monitoring", QueryParameters.simple(Map.of("type", "MONITORING",
                "q", raised.participantReference())));
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-type")).getValue())
                .isEqualTo(RestartTrackerType.MONITORING);
        assertThat(rows(grid("monitoring-grid"))).extracting(MonitoringSummary::id)
                .containsExactly(raised.tracker().id());
    }

    @Test
    void a_coach_works_the_tracker_and_compliance_closes_it_after_which_it_is_read_only() {
        Raised raised = raise("Worked", Benefit.UC);
        signInToUi(COACH);
        open(raised);
        assertThat(_get(H1.class, spec -> spec.withId("monitoring-title")).getText())
                .isEqualTo(raised.tracker().reference() + ": Monitoring");
        assertThat(statusSelect().getListDataView().getItems().toList()).containsExactly(MonitoringStatus.NEW,
                MonitoringStatus.RESOLVED, MonitoringStatus.SUBMITTED, MonitoringStatus.REFERRED);
        assertThat(dma().getValue()).as("Yes by default").isTrue();

        _setValue(statusSelect(), MonitoringStatus.REFERRED);
        _click(_get(Button.class, spec -> spec.withId("monitoring-save")));
        assertThat(statusSelect().isInvalid()).isTrue();
        assertThat(statusSelect().getErrorMessage())
                .isEqualTo("Upload the DMA paperwork before setting the tracker to Referred");
        assertThat(current(raised).status()).isEqualTo(MonitoringStatus.NEW);

        _upload(_get(Upload.class, spec -> spec.withId("monitoring-upload-DMA_PAPERWORK")), "dma-form.pdf",
                "application/pdf", PDF);
        assertThat(_find(Span.class, spec -> spec.withId("monitoring-upload-error-DMA_PAPERWORK")))
                .allSatisfy(error -> assertThat(error.getText()).isEmpty());
        assertThat(_size(grid("monitoring-files"))).isEqualTo(1);
        _setValue(statusSelect(), MonitoringStatus.REFERRED);
        _click(_get(Button.class, spec -> spec.withId("monitoring-save")));
        assertThat(current(raised).status()).isEqualTo(MonitoringStatus.REFERRED);

        signInToUi(COMPLIANCE);
        open(raised);
        assertThat(statusSelect().getListDataView().getItems().toList())
                .contains(MonitoringStatus.REJECTED, MonitoringStatus.CLOSED);
        _setValue(statusSelect(), MonitoringStatus.CLOSED);
        _click(_get(Button.class, spec -> spec.withId("monitoring-save")));
        assertThat(current(raised).status()).isEqualTo(MonitoringStatus.CLOSED);
        assertReadOnly("Closed: this tracker is read-only.");

        signInToUi(COACH);
        open(raised);
        assertReadOnly("Closed: this tracker is read-only.");
        assertThat(_size(grid("monitoring-files"))).as("files still listed").isEqualTo(1);
    }

    @Test
    void a_supervisor_sets_the_overdue_working_days_and_a_work_coach_cannot() {
        signInToUi(COACH);
        UI.getCurrent().navigate("monitoring");
        _assertNone(IntegerField.class, spec -> spec.withId("setting-overdue-days"));

        signInToUi(SUPERVISOR);
        UI.getCurrent().navigate("monitoring");
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("setting-overdue-days"));
        _setValue(days, 61);
        _click(_get(Button.class, spec -> spec.withId("setting-overdue-save")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).contains("between 1 and 60");
        try {
            _setValue(days, 7);
            _click(_get(Button.class, spec -> spec.withId("setting-overdue-save")));
            assertThat(_get(Checkbox.class, spec -> spec.withId("filter-overdue")).getLabel()).contains("7");
        } finally {
            settings.saveOverdueWorkingDays(RestartSettings.DEFAULT_OVERDUE_WORKING_DAYS);
        }
    }

    @Test
    void dma_no_without_a_reason_is_refused_on_the_reason_field() {
        Raised raised = raise("Reasonless", Benefit.JSA);
        signInToUi(COACH);
        open(raised);
        assertThat(_find(TextArea.class, spec -> spec.withId("monitoring-dma-reason"))).as("hidden for Yes").isEmpty();
        _setValue(dma(), false);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("monitoring-dma-reason"));
        _click(_get(Button.class, spec -> spec.withId("monitoring-save")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the DMA paperwork has not been raised");

        _setValue(reason, "DWP asked us to wait for the appeal");
        _click(_get(Button.class, spec -> spec.withId("monitoring-save")));
        signIn(COACH);
        var details = monitoring.details(raised.tracker().id()).orElseThrow();
        assertThat(details.current().dmaRaised()).isFalse();
        assertThat(details.current().dmaNotRaisedReason()).isEqualTo("DWP asked us to wait for the appeal");
    }

    @Test
    void a_supervisor_sees_the_tracker_read_only_and_a_stale_save_is_said_and_reloaded() {
        Raised raised = raise("Supervised", Benefit.UC);
        signInToUi(SUPERVISOR);
        open(raised);
        assertReadOnly("You may look at monitoring trackers but not change them: this page is read-only.");

        signInToUi(COACH);
        open(raised);
        _setValue(_get(TextArea.class, spec -> spec.withId("monitoring-notes")), "Called, no answer");
        signIn(COACH);
        var details = monitoring.details(raised.tracker().id()).orElseThrow();
        monitoring.update(raised.tracker().id(), details.version(), new app.waymark.restart.MonitoringUpdate(
                MonitoringStatus.RESOLVED, details.current().assigneeId(), true, null, null));
        _click(_get(Button.class, spec -> spec.withId("monitoring-save")));
        assertThat(current(raised).status()).isEqualTo(MonitoringStatus.RESOLVED);
        assertThat(current(raised).notes()).as("the stale save changed nothing").isNull();
        assertThat(statusSelect().getValue()).as("reloaded").isEqualTo(MonitoringStatus.RESOLVED);
    }

    @Test
    void the_summary_names_the_form_for_the_benefit_and_lists_the_files() {
        Raised raised = raise("Summarised", Benefit.UC);
        signIn(COACH);
        monitoring.attach(raised.tracker().id(), app.waymark.restart.AttachmentKind.EVIDENCE, "letter.pdf", PDF);
        signInToUi(COACH);
        open(raised);
        _click(_get(Button.class, spec -> spec.withId("monitoring-summary")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("summary-form")).getText())
                .isEqualTo("DWP form to use: UCD603 (the participant claims Universal Credit)");
        String page = _get(MonitoringSummaryView.class).getElement().getTextRecursively();
        assertThat(page).contains(raised.participantReference(), "12 Apr 1985", "Universal Credit",
                "Job search workshop", "Did not attend, no call", "letter.pdf (Evidence)");

        Raised jsa = raise("Jobseeker", Benefit.JSA);
        signInToUi(COACH);
        UI.getCurrent().navigate("monitoring/" + jsa.tracker().id() + "/summary");
        assertThat(_get(Paragraph.class, spec -> spec.withId("summary-form")).getText()).startsWith(
                "DWP form to use: JSA603");
    }

    @Test
    void a_file_downloads_as_an_attachment_and_never_for_a_user_of_another_provider() throws Exception {
        Raised raised = raise("Downloaded", Benefit.UC);
        signIn(COACH);
        monitoring.attach(raised.tracker().id(), app.waymark.restart.AttachmentKind.DMA_PAPERWORK, "dma.pdf", PDF);
        signInToUi(COACH);
        open(raised);
        Anchor link = (Anchor) _getCellComponent(grid("monitoring-files"), 0, "file");
        assertThat(link.getText()).isEqualTo("dma.pdf");
        // the grid's renderer builds the cell apart from the page; attached, its handler is registered as in a browser
        UI.getCurrent().add(link);
        DownloadHandler handler = handler(link);

        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(body);
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), link.getElement()));
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"dma.pdf\"");
        assertThat(body.toByteArray()).isEqualTo(PDF);

        signIn(OTHER_PROVIDER);
        VaadinResponse refused = mock(VaadinResponse.class);
        ByteArrayOutputStream nothing = new ByteArrayOutputStream();
        when(refused.getOutputStream()).thenReturn(nothing);
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), refused,
                VaadinSession.getCurrent(), link.getElement()));
        verify(refused).setStatus(404);
        verify(refused, never()).setHeader(eq("Content-Disposition"), anyString());
        assertThat(nothing.toByteArray()).isEmpty();
    }

    private static DownloadHandler handler(Anchor link) {
        var resource = VaadinSession.getCurrent().getResourceRegistry().getResource(URI.create(link.getHref()))
                .orElseThrow();
        return (DownloadHandler) ((StreamResourceRegistry.ElementStreamResource) resource).getElementRequestHandler();
    }

    private static void assertReadOnly(String why) {
        assertThat(_get(Paragraph.class, spec -> spec.withId("monitoring-read-only")).getText()).isEqualTo(why);
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("monitoring-save"))).isEmpty();
    }

    /** A Riverside participant whose mandatory activity was marked Not complete once the supervisor set the flag. */
    private Raised raise(String givenNames, Benefit benefit) {
        signIn(COACH);
        UUID participant = participants.create(new ParticipantDetails(givenNames, "Monitored",
                LocalDate.of(1985, 4, 12), nino(), benefit, LocalDate.of(2026, 11, 2),
                givenNames.toLowerCase() + "@participant.example", null, "2 Test Row",
                "LS2 2AA", null, LocalDate.of(2026, 11, 9), null));
        UUID activity = plans.add(participant, new ActivityPlan("Job search workshop", "Bring your CV and ID",
                LocalDate.of(2026, 12, 1), null, true));
        signIn(SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        signIn(COACH);
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE,
                "Did not attend, no call");
        MonitoringSummary tracker = monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst();
        assertThat(tracker.assigneeId()).isEqualTo(CurrentActor.require().id());
        return new Raised(participant, tracker.participantReference(), activity, tracker);
    }

    private app.waymark.restart.MonitoringUpdate current(Raised raised) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        signIn(COACH);
        try {
            return monitoring.details(raised.tracker().id()).orElseThrow().current();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private static void open(Raised raised) {
        UI.getCurrent().navigate("monitoring/" + raised.tracker().id());
    }

    private static String nino() {
        return "JM" + String.format("%06d", NEXT.incrementAndGet() % 1_000_000) + "B";
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<MonitoringStatus> statusSelect() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("monitoring-status"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Boolean> dma() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("monitoring-dma"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<MonitoringSummary> rows(Grid<MonitoringSummary> grid) {
        List<MonitoringSummary> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    /** Addresses the page put in the address bar (history.replaceState) since the last look. */
    private static List<String> shownUrls() {
        List<String> urls = new ArrayList<>();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().forEach(invocation ->
                invocation.getInvocation().getParameters().forEach(parameter -> {
                    String text = String.valueOf(parameter);
                    if (text.startsWith("monitoring")) {
                        urls.add(text);
                    }
                }));
        return urls;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new java.util.HashMap<>();
        QueryParameters.fromString(url.substring(url.indexOf('?') + 1)).getParameters()
                .forEach((name, values) -> parameters.put(name, values.getFirst()));
        return parameters;
    }
}
