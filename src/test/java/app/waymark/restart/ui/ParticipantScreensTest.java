package app.waymark.restart.ui;

import app.waymark.base.ui.AccessDeniedView;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityPlan;
import app.waymark.restart.ActivityStatus;
import app.waymark.restart.ActivityView;
import app.waymark.restart.Benefit;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.ParticipantDetails;
import app.waymark.restart.ParticipantFilter;
import app.waymark.restart.ParticipantSummary;
import app.waymark.restart.Participants;
import app.waymark.restart.ReferralProblem;
import app.waymark.restart.SanctionHistoryLine;
import app.waymark.restart.SanctionStatus;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The DWP Restart participant list and page, as work coaches, supervisors and others use them (Riverside). */
class ParticipantScreensTest extends KaribuTest {

    static final String COACH = "work-coach@riverside.example";
    static final String SUPERVISOR = "supervisor@riverside.example";

    @Autowired
    Participants participants;
    @Autowired
    ActionPlans plans;
    @Autowired
    MonitoringTrackers monitoring;

    @Test
    void a_work_coach_adds_a_participant_and_a_mandatory_activity_and_marks_it_not_complete() {
        signInToUi(COACH);
        UI.getCurrent().navigate("participants");
        _click(_get(Button.class, spec -> spec.withId("add-participant")));
        String nino = nino();
        String given = "Addie" + nino.substring(2, 8);
        _setValue(_get(TextField.class, spec -> spec.withId("participant-given-names")), given);
        _setValue(_get(TextField.class, spec -> spec.withId("participant-family-name")), "Byhand");
        _setValue(_get(DatePicker.class, spec -> spec.withId("participant-date-of-birth")), LocalDate.of(1990, 3, 4));
        _setValue(_get(TextField.class, spec -> spec.withId("participant-nino")), "QQ12X");
        select("participant-benefit", Benefit.JSA);
        _setValue(_get(DatePicker.class, spec -> spec.withId("participant-referral-date")), today().minusDays(3));
        _setValue(_get(EmailField.class, spec -> spec.withId("participant-email")), "addie@participant.example");
        _click(_get(Button.class, spec -> spec.withId("add-participant-save")));

        TextField ninoField = _get(TextField.class, spec -> spec.withId("participant-nino"));
        assertThat(ninoField.isInvalid()).isTrue();
        assertThat(ninoField.getErrorMessage()).contains("QQ12X is not a National Insurance number");
        assertThat(participants.count(new ParticipantFilter(given, false))).isZero();

        _setValue(ninoField, nino.substring(0, 2) + " " + nino.substring(2, 8) + " " + nino.substring(8));
        _click(_get(Button.class, spec -> spec.withId("add-participant-save")));
        ParticipantSummary added = participants.list(new ParticipantFilter(nino, false), 0, 1).getFirst();
        assertThat(added.fullName()).isEqualTo(given + " Byhand");
        assertThat(added.workCoachName()).isNotBlank();
        assertThat(_get(H1.class, spec -> spec.withId("participant-name")).getText()).isEqualTo(given + " Byhand");

        // A work coach sees the flag but may not change it, and has no sanction form.
        Checkbox flag = _get(Checkbox.class, spec -> spec.withId("participant-activity-mandatory"));
        assertThat(flag.isEnabled()).isFalse();
        assertThat(flag.getValue()).isFalse();
        _assertNone(Button.class, spec -> spec.withId("sanction-save"));
        _assertNone(ComboBox.class, spec -> spec.withId("sanction-status"));

        openTab("Action plan");
        _click(_get(Button.class, spec -> spec.withId("add-activity")));
        _setValue(_get(TextField.class, spec -> spec.withId("activity-title")), "Attend the CV workshop");
        _setValue(_get(DatePicker.class, spec -> spec.withId("activity-due")), today().plusDays(7));
        _setValue(_get(Checkbox.class, spec -> spec.withId("activity-mandatory")), true);
        _click(_get(Button.class, spec -> spec.withId("add-activity-save")));

        Grid<ActivityView> activities = grid("activity-grid");
        assertThat(_size(activities)).isEqualTo(1);
        ActivityView activity = _get(activities, 0);
        assertThat(activity.mandatory()).isTrue();
        assertThat(activity.ownerId()).isEqualTo(added.workCoachId());
        Component man = _getCellComponent(activities, 0, "manIssued");
        assertThat(man.getElement().getClassList()).contains("wm-man-missing");
        assertThat(man.getElement().getTextRecursively()).isEqualTo("MAN not issued");
        _assertOne(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                spec -> spec.withId("activity-man-warning"));

        // With the participant's flag set by a supervisor, Not complete raises a monitoring tracker.
        signIn(SUPERVISOR);
        participants.setActivityMandatory(added.id(), true);
        signIn(COACH);
        UI.getCurrent().navigate(ParticipantPage.route(added.id()));
        openTab("Action plan");
        activities = grid("activity-grid");
        _click(cellButton(activities, 0, "Record outcome"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ActivityStatus> status = _get(RadioButtonGroup.class, spec -> spec.withId("outcome-status"));
        _setValue(status, ActivityStatus.NOT_COMPLETE);
        _click(_get(Button.class, spec -> spec.withId("outcome-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("outcome-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason the activity was not completed");
        assertThat(plans.find(activity.id()).orElseThrow().status()).isEqualTo(ActivityStatus.PLANNED);

        _setValue(reason, "Did not attend: no childcare");
        _click(_get(Button.class, spec -> spec.withId("outcome-save")));
        ActivityView marked = plans.find(activity.id()).orElseThrow();
        assertThat(marked.status()).isEqualTo(ActivityStatus.NOT_COMPLETE);
        assertThat(marked.notCompleteReason()).isEqualTo("Did not attend: no childcare");
        assertThat(notificationTexts()).contains("Monitoring tracker raised");
        assertThat(tabLabels()).contains("Trackers (1)");
        assertThat(_get(ParticipantScreensTest.<ActivityView>grid("activity-grid"), 0).status())
                .isEqualTo(ActivityStatus.NOT_COMPLETE);

        openTab("Trackers (1)");
        Grid<MonitoringSummary> trackers = grid("participant-tracker-grid");
        assertThat(_size(trackers)).isEqualTo(1);
        assertThat(_get(trackers, 0).activityTitle()).isEqualTo("Attend the CV workshop");
    }

    @Test
    void a_supervisor_sets_the_flag_and_a_sanction_status_with_a_reason_and_the_sanctions_tab_shows_it() {
        signIn(COACH);
        UUID participant = participants.create(details("Sancia"));
        UUID activity = plans.add(participant, new ActivityPlan("Job search session", null, today().minusDays(1),
                null, true));
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE,
                "Did not attend");
        signInToUi(SUPERVISOR);
        UI.getCurrent().navigate(ParticipantPage.route(participant));
        assertThat(tabLabels()).contains("Trackers (0)");

        Checkbox flag = _get(Checkbox.class, spec -> spec.withId("participant-activity-mandatory"));
        assertThat(flag.isEnabled()).isTrue();
        _setValue(flag, true);
        assertThat(participants.find(participant).orElseThrow().activityMandatory()).isTrue();
        assertThat(notificationTexts()).contains("Activity is now mandatory for this participant",
                "Monitoring tracker raised");
        assertThat(tabLabels()).contains("Trackers (1)");
        MonitoringSummary tracker = monitoring.list(MonitoringFilter.ofParticipant(participant), 0, 1).getFirst();

        select("sanction-status", SanctionStatus.PENDING_FAILURE_TO_ATTEND);
        _click(_get(Button.class, spec -> spec.withId("sanction-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("sanction-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(participants.sanctionHistory(participant)).isEmpty();

        _setValue(reason, "Missed the mandatory job search session");
        @SuppressWarnings("unchecked")
        ComboBox<MonitoringSummary> follows = _get(ComboBox.class, spec -> spec.withId("sanction-tracker"));
        _setValue(follows, follows.getListDataView().getItems().filter(each -> each.id().equals(tracker.id()))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("sanction-save")));
        assertThat(participants.find(participant).orElseThrow().sanctionStatus())
                .isEqualTo(SanctionStatus.PENDING_FAILURE_TO_ATTEND);
        assertThat(_get(Span.class, spec -> spec.withId("participant-sanction-badge")).getText())
                .isEqualTo("Pending decision for failure to attend");

        openTab("Sanctions");
        Grid<SanctionHistoryLine> history = grid("sanction-grid");
        assertThat(_size(history)).isEqualTo(1);
        SanctionHistoryLine line = _get(history, 0);
        assertThat(line.from()).isEqualTo(SanctionStatus.NOT_UNDER_SANCTION);
        assertThat(line.to()).isEqualTo(SanctionStatus.PENDING_FAILURE_TO_ATTEND);
        assertThat(line.reason()).isEqualTo("Missed the mandatory job search session");
        assertThat(line.monitoringTrackerReference()).isEqualTo(tracker.reference());
        assertThat(line.by()).isNotBlank();
    }

    @Test
    void the_list_finds_participants_by_name_reference_or_ni_number_and_opens_one() {
        signIn(COACH);
        ParticipantDetails details = details("Listy");
        UUID id = participants.create(details);
        String reference = participants.find(id).orElseThrow().reference();
        signInToUi(COACH);
        UI.getCurrent().navigate("participants");
        Grid<ParticipantSummary> grid = grid("participant-grid");
        for (String keyword : List.of(details.givenNames(), reference, details.nationalInsuranceNumber())) {
            _setValue(_get(TextField.class, spec -> spec.withId("participant-search")), keyword);
            assertThat(rows(grid)).as(keyword).extracting(ParticipantSummary::id).containsExactly(id);
            assertThat(_get(Span.class, spec -> spec.withId("participant-count")).getText())
                    .isEqualTo("1 participant");
        }
        _setValue(_get(Checkbox.class, spec -> spec.withId("participant-mine")), true);
        assertThat(rows(grid)).extracting(ParticipantSummary::id).containsExactly(id);
        assertThat(rows(grid).getFirst().activityMandatory()).isFalse();
    }

    @Test
    void staff_without_a_restart_permission_cannot_open_the_participants() {
        signInToUi("tutor@riverside.example");
        UI.getCurrent().navigate("participants");
        _assertOne(AccessDeniedView.class);
        _assertNone(Grid.class, spec -> spec.withId("participant-grid"));
    }

    @Test
    void a_work_coach_sends_the_man_by_email_from_the_action_plan_and_it_is_recorded_issued_today() {
        signIn(COACH);
        UUID participant = participants.create(details("Manon"));
        UUID activity = plans.add(participant, new ActivityPlan("Job club", "Library, Tuesday 2pm",
                today().plusDays(7), null, true));
        signInToUi(COACH);
        UI.getCurrent().navigate(ParticipantPage.route(participant));
        openTab("Action plan");
        _click(cellButton(grid("activity-grid"), 0, "Send the MAN or record the date it was issued"));
        _click(_get(Button.class, spec -> spec.withId("man-send-email")));

        assertThat(plans.find(activity).orElseThrow().manIssuedOn()).isEqualTo(today());
        assertThat(notificationTexts()).contains("MAN for \"Job club\" sent and recorded as issued today");
    }

    @Test
    void making_a_not_complete_activity_mandatory_in_the_change_dialog_raises_its_tracker() {
        signIn(COACH);
        UUID participant = participants.create(details("Chang"));
        UUID activity = plans.add(participant, new ActivityPlan("Skills check", null, today().minusDays(1), null,
                false));
        plans.outcome(activity, plans.find(activity).orElseThrow().version(), ActivityStatus.NOT_COMPLETE,
                "Did not attend");
        signIn(SUPERVISOR);
        participants.setActivityMandatory(participant, true);
        assertThat(monitoring.count(MonitoringFilter.ofParticipant(participant))).isZero();

        signInToUi(COACH);
        UI.getCurrent().navigate(ParticipantPage.route(participant));
        openTab("Action plan");
        _click(cellButton(grid("activity-grid"), 0, "Change the activity"));
        assertThat(_get(TextField.class, spec -> spec.withId("activity-title")).getValue()).isEqualTo("Skills check");
        _setValue(_get(Checkbox.class, spec -> spec.withId("activity-mandatory")), true);
        _click(_get(Button.class, spec -> spec.withId("add-activity-save")));

        assertThat(plans.find(activity).orElseThrow().mandatory()).isTrue();
        assertThat(monitoring.count(MonitoringFilter.ofParticipant(participant))).isEqualTo(1);
        assertThat(tabLabels()).contains("Trackers (1)");
    }

    @Test
    void a_referral_file_with_problems_lists_them_by_line_and_adds_nobody() throws java.io.IOException {
        signInToUi(COACH);
        long before = participants.count(ParticipantFilter.all());
        UI.getCurrent().navigate("participants");
        _click(_get(Button.class, spec -> spec.withId("import-referrals")));
        byte[] file;
        try (java.io.InputStream csv = getClass().getResourceAsStream("/restart/referrals-with-errors.csv")) {
            file = csv.readAllBytes();
        }
        _upload(_get(Upload.class, spec -> spec.withId("referral-upload")), "referrals-with-errors.csv", "text/csv",
                file);

        Grid<ReferralProblem> problems = grid("referral-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(rows(problems)).extracting(ReferralProblem::line).containsOnly(3, 5, 6);
        assertThat(_get(Paragraph.class, spec -> spec.withId("referral-outcome")).getText())
                .startsWith("Nothing was added from referrals-with-errors.csv");
        assertThat(participants.count(ParticipantFilter.all())).isEqualTo(before);
    }

    private ParticipantDetails details(String given) {
        String nino = nino();
        return new ParticipantDetails(given + nino.substring(2, 8), "Screentest", LocalDate.of(1986, 5, 6), nino,
                Benefit.UC, today().minusDays(10), given.toLowerCase() + "@participant.example", null,
                "2 Screen Row", "LS2 2AA", null, today().minusDays(5), null);
    }

    /** A National Insurance number no demo participant has (prefix JW). */
    private static String nino() {
        return "JW" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "C";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
    }

    /** Chooses {@code value} in the radio buttons or combo box {@code id}. */
    @SuppressWarnings("unchecked")
    private static <T> void select(String id, T value) {
        Component field = _get(Component.class, spec -> spec.withId(id));
        _setValue((com.vaadin.flow.component.HasValue<?, T>) field, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    private static Button cellButton(Grid<?> grid, int row, String text) {
        return _find(_getCellComponent(grid, row, "actions"), Button.class).stream()
                .filter(button -> button.getAriaLabel().filter(text::equals).isPresent()).findFirst().orElseThrow();
    }

    private static void openTab(String label) {
        Tab tab = _find(Tab.class).stream().filter(candidate -> label.equals(candidate.getLabel())).findFirst()
                .orElseThrow();
        _get(TabSheet.class).setSelectedTab(tab);
    }

    private static List<String> tabLabels() {
        return _find(Tab.class).stream().map(Tab::getLabel).toList();
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }
}
