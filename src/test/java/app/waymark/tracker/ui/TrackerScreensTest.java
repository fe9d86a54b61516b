package app.waymark.tracker.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.AccessDeniedView;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.RecordChange;
import app.waymark.security.DemoAccounts;
import app.waymark.security.StaffMember;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerCount;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerHistoryLine;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSettings;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TrackerScreensTest extends KaribuTest {

    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;
    @Autowired
    TrackerTypeSettings settings;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_list_shows_only_trackers_matching_the_filters_and_keeps_them_in_the_url() {
        signIn("tutor@northfield.example");
        UUID learner = learner("WM00000273");
        UUID address = trackers.raise(address(learner, "3 Filter Street", "LS3 3FS"));
        UUID name = trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_NAME, learner,
                new RecordChange.NameChange("Filtered", "Person", false), null, null, "letter from learner", null,
                null));
        signInToUi("tracker-process@northfield.example");

        UI.getCurrent().navigate("trackers", QueryParameters.simple(Map.of("learner", learner.toString())));
        Grid<TrackerSummary> grid = grid("tracker-grid");
        assertThat(rows(grid)).extracting(TrackerSummary::id).containsExactlyInAnyOrder(address, name);
        assertThat(countText()).isEqualTo("2 trackers");
        assertThat(_get(Span.class, spec -> spec.withId("filter-learner-name")).getText()).contains("WM00000273");

        @SuppressWarnings("unchecked")
        ComboBox<TrackerType> type = _get(ComboBox.class, spec -> spec.withId("filter-type"));
        _setValue(type, TrackerType.CHANGE_OF_ADDRESS);
        assertThat(rows(grid)).extracting(TrackerSummary::id).containsExactly(address);
        assertThat(shownUrls()).last().satisfies(url -> assertThat(query(url)).containsExactlyInAnyOrderEntriesOf(
                Map.of("type", "CHANGE_OF_ADDRESS", "learner", learner.toString())));
        assertThat(countText()).isEqualTo("1 tracker");

        UI.getCurrent().navigate("trackers", QueryParameters.simple(Map.of("status", "PROCESSED", "type",
                "CHANGE_OF_CONTACT_DETAILS")));
        grid = grid("tracker-grid");
        @SuppressWarnings("unchecked")
        ComboBox<TrackerStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
        assertThat(status.getValue()).isEqualTo(TrackerStatus.PROCESSED);
        assertThat(_size(grid)).isPositive();
        assertThat(rows(grid)).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(TrackerStatus.PROCESSED);
            assertThat(row.type()).isEqualTo(TrackerType.CHANGE_OF_CONTACT_DETAILS);
        });
    }

    @Test
    void assigned_to_me_lists_only_the_users_trackers_and_bulk_assign_allocates_the_selected_ones() {
        signIn("tutor@northfield.example");
        UUID learner = learner("WM00000274");
        UUID first = trackers.raise(address(learner, "4 Bulk Road", "LS4 4BR"));
        UUID second = trackers.raise(address(learner, "5 Bulk Road", "LS5 5BR"));
        signInToUi("tracker-process@northfield.example");
        UI.getCurrent().navigate("trackers", QueryParameters.simple(Map.of("learner", learner.toString())));
        Grid<TrackerSummary> grid = grid("tracker-grid");
        rows(grid).forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withId("bulk-assign")));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> to = _get(ComboBox.class, spec -> spec.withId("assign-to"));
        StaffMember me = to.getListDataView().getItems()
                .filter(member -> member.id().equals(CurrentActor.require().id()))
                .findFirst().orElseThrow();
        _setValue(to, me);
        _click(_get(Button.class, spec -> spec.withId("assign-save")));

        UI.getCurrent().navigate("trackers", QueryParameters.simple(Map.of("assignee", "ME", "learner",
                learner.toString())));
        grid = grid("tracker-grid");
        @SuppressWarnings("unchecked")
        ComboBox<TrackerListView.AssigneeChoice> assignee = _get(ComboBox.class,
                spec -> spec.withId("filter-assignee"));
        assertThat(assignee.getValue().kind()).isEqualTo(TrackerFilter.Assignee.ME);
        assertThat(rows(grid)).extracting(TrackerSummary::id).containsExactlyInAnyOrder(first, second);
        assertThat(rows(grid)).extracting(TrackerSummary::assigneeName).containsOnly(me.displayName());
    }

    @Test
    void the_tracker_page_disables_what_the_user_may_not_do_and_says_why() {
        signIn("tutor@northfield.example");
        UUID tracker = trackers.raise(address(learner("WM00000276"), "6 Reason Row", "LS6 6RR"));
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("trackers/" + tracker);

        assertThat(_get(Button.class, spec -> spec.withId("action-PROCESS")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("reason-PROCESS")).getText())
                .isEqualTo("Processing needs the Trackers: process permission.");
        assertThat(_get(Button.class, spec -> spec.withId("action-REJECT")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("reason-REJECT")).getText())
                .isEqualTo("Rejecting needs the Trackers: pre-authorise or process permission.");
        assertThat(_get(Button.class, spec -> spec.withId("action-CANCEL")).isEnabled()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("reason-CANCEL"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("tracker-preview")).getElement().getTextRecursively())
                .contains("The learner's address changes from").contains("6 Reason Row, LS6 6RR");
        assertThat(_get(Div.class, spec -> spec.withId("tracker-request")).getElement().getTextRecursively())
                .contains("Address: 6 Reason Row").contains("Postcode: LS6 6RR");

        _click(_get(Button.class, spec -> spec.withId("action-CANCEL")));
        assertThat(_get(Span.class, spec -> spec.withId("tracker-status")).getText()).isEqualTo("Cancelled");
        assertThat(_find(Button.class, spec -> spec.withId("action-CANCEL"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("reason-PROCESS")).getText())
                .isEqualTo("This tracker is closed: nothing more can be done to it.");
    }

    @Test
    void processing_from_the_page_changes_the_learner_and_closes_the_tracker() {
        signIn("tutor@northfield.example");
        UUID learner = learner("WM00000277");
        UUID tracker = trackers.raise(address(learner, "7 Process Place", "LS7 7PP"));
        signInToUi("tracker-process@northfield.example");
        UI.getCurrent().navigate("trackers/" + tracker);

        Button process = _get(Button.class, spec -> spec.withId("action-PROCESS"));
        assertThat(process.isEnabled()).isTrue();
        _click(process);

        assertThat(_get(Span.class, spec -> spec.withId("tracker-status")).getText()).isEqualTo("Processed");
        assertThat(learners.details(learner).orElseThrow().contact().postcode()).isEqualTo("LS7 7PP");
        Grid<TrackerHistoryLine> history = grid("tracker-history");
        assertThat(_size(history)).isEqualTo(2);
        assertThat(_get(history, 1).action()).isEqualTo("PROCESSED");
    }

    @Test
    void rejecting_needs_a_reason_and_the_page_then_shows_it() {
        signIn("tutor@northfield.example");
        UUID tracker = trackers.raise(address(learner("WM00000272"), "2 Reject Road", "LS2 2RR"));
        signInToUi("tracker-preauthorise@northfield.example");
        UI.getCurrent().navigate("trackers/" + tracker);

        _click(_get(Button.class, spec -> spec.withId("action-REJECT")));
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        TextArea reason = _get(TextArea.class,
                spec -> spec.withId("reject-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason for rejecting the change");
        assertThat(trackers.details(tracker).orElseThrow().summary().status()).isEqualTo(TrackerStatus.NEW);

        _setValue(reason, "The learner moved back: no change needed");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("tracker-status")).getText()).isEqualTo("Rejected");
        assertThat(_get(Paragraph.class,
                spec -> spec.withId("tracker-rejection-reason")).getElement().getTextRecursively())
                .contains("The learner moved back: no change needed");
    }

    @Test
    void an_editor_changes_the_request_in_the_types_form() {
        signIn("tutor@northfield.example");
        UUID tracker = trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_NAME, learner("WM00000271"),
                new RecordChange.NameChange("Edith", "Before", false), null, null, "email from learner", null,
                null));
        signInToUi("tracker-edit@northfield.example");
        UI.getCurrent().navigate("trackers/" + tracker);

        _click(_get(Button.class, spec -> spec.withId("action-EDIT")));
        TextField family = _get(TextField.class, spec -> spec.withId("change-family-name"));
        assertThat(family.getValue()).isEqualTo("Before");
        _setValue(family, "");
        _click(_get(Button.class, spec -> spec.withId("edit-save")));
        assertThat(family.isInvalid()).isTrue();
        assertThat(family.getErrorMessage()).isEqualTo("Enter the family name");

        _setValue(family, "After");
        _click(_get(Button.class, spec -> spec.withId("edit-save")));
        assertThat(_get(Div.class, spec -> spec.withId("tracker-request")).getElement().getTextRecursively())
                .contains("Family name: After");
        Grid<TrackerHistoryLine> history = grid("tracker-history");
        assertThat(_get(history, _size(history) - 1).action()).isEqualTo("EDITED");
    }

    @Test
    void values_changed_since_raising_are_compared_side_by_side_before_processing() {
        signIn("tutor@northfield.example");
        UUID learner = learner("WM00000278");
        UUID tracker = trackers.raise(address(learner, "8 Compare Court", "LS8 8CC"));
        signIn("mis@northfield.example");
        LearnerDetails.Contact before = learners.details(learner).orElseThrow().contact();
        learners.correctContact(learner, new LearnerDetails.Contact("99 Meanwhile Street", null, null, null,
                "LS9 9MS", before.telNo(), null, before.email()));

        signInToUi("tracker-process@northfield.example");
        UI.getCurrent().navigate("trackers/" + tracker);
        Grid<TrackerView.Comparison> comparison = grid("tracker-comparison-grid");
        List<TrackerView.Comparison> rows = new ArrayList<>();
        for (int i = 0; i < _size(comparison); i++) {
            rows.add(_get(comparison, i));
        }
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.field()).isEqualTo("Postcode");
            assertThat(row.whenRaised()).isEqualTo(before.postcode());
            assertThat(row.now()).isEqualTo("LS9 9MS");
            assertThat(row.afterProcessing()).isEqualTo("LS8 8CC");
        });
        assertThat(_get(Button.class, spec -> spec.withId("action-PROCESS")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("reason-PROCESS")).getText())
                .isEqualTo("Tick \"I have compared the current values\" first.");

        _setValue(_get(Checkbox.class, spec -> spec.withId("tracker-compared")), true);
        _click(_get(Button.class, spec -> spec.withId("action-PROCESS")));

        assertThat(_get(Span.class, spec -> spec.withId("tracker-status")).getText()).isEqualTo("Processed");
        assertThat(learners.details(learner).orElseThrow().contact().postcode()).isEqualTo("LS8 8CC");
        Grid<app.waymark.learner.MisChange> mis = _get(Grid.class, spec -> spec.withId("tracker-mis"));
        assertThat(mis.getListDataView().getItems().toList()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Postcode");
            assertThat(change.after()).isEqualTo("LS8 8CC");
            assertThat(change.state()).isEqualTo(app.waymark.learner.MisState.TO_KEY);
        });
    }

    @Test
    void the_learner_tab_lists_their_trackers_and_raising_puts_a_refusal_on_its_field() {
        signInToUi("tutor@northfield.example");
        UUID learner = learner("WM00000279");
        UI.getCurrent().navigate("learners/" + learner);
        openTab("Trackers");
        Grid<TrackerSummary> grid = grid("learner-tracker-grid");
        int before = _size(grid);

        _click(_get(Button.class, spec -> spec.withId("learner-raise-tracker")));
        chooseType(TrackerType.CHANGE_OF_ADDRESS);
        _setValue(_get(TextField.class, spec -> spec.withId("change-add-line1")), "10 Tab Terrace");
        TextField postcode = _get(TextField.class, spec -> spec.withId("change-postcode"));
        _setValue(postcode, "ZZ9");
        _setValue(_get(TextField.class, spec -> spec.withId("raise-source")), "phone call from learner");
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Enter a UK postcode, e.g. BR1 7SS");
        assertThat(_size(grid)).isEqualTo(before);

        _setValue(postcode, "LS10 1TT");
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        assertThat(_find(Select.class, spec -> spec.withId("raise-type"))).isEmpty();
        assertThat(_size(grid)).isEqualTo(before + 1);
        assertThat(_get(grid, 0).type()).isEqualTo(TrackerType.CHANGE_OF_ADDRESS);
        assertThat(_get(grid, 0).status()).isEqualTo(TrackerStatus.NEW);
    }

    @Test
    void a_learner_led_tracker_cannot_be_raised_without_saying_how_the_learner_asked() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("learners/" + learner("WM00000279"));
        openTab("Trackers");
        _click(_get(Button.class, spec -> spec.withId("learner-raise-tracker")));
        chooseType(TrackerType.CHANGE_OF_CONTACT_DETAILS);
        _setValue(_get(EmailField.class, spec -> spec.withId("change-email")),
                "tab.learner@example.org");
        _click(_get(Button.class, spec -> spec.withId("raise-submit")));
        TextField source = _get(TextField.class, spec -> spec.withId("raise-source"));
        assertThat(source.isInvalid()).isTrue();
        assertThat(source.getErrorMessage()).isEqualTo("Say how the learner asked for this change, e.g. email from "
                + "learner");
        assertThat(_find(Select.class, spec -> spec.withId("raise-type"))).hasSize(1);
    }

    @Test
    void home_cards_count_open_overdue_and_my_trackers_and_link_to_the_filtered_list() {
        signInToUi("tracker-process@northfield.example");
        long open = trackers.count(filter(TrackerStatus.NEW, TrackerFilter.Assignee.ANYONE))
                + trackers.count(filter(TrackerStatus.PRE_AUTHORISED, TrackerFilter.Assignee.ANYONE));
        long mine = trackers.count(filter(TrackerStatus.NEW, TrackerFilter.Assignee.ME))
                + trackers.count(filter(TrackerStatus.PRE_AUTHORISED, TrackerFilter.Assignee.ME));
        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withId("tracker-card-open-total")).getText())
                .isEqualTo(Long.toString(open));
        assertThat(_get(Span.class, spec -> spec.withId("tracker-card-mine-total")).getText())
                .isEqualTo(Long.toString(mine));
        assertThat(_get(Anchor.class, spec -> spec.withId("tracker-card-overdue-link")).getHref())
                .isEqualTo("trackers?overdue=true");
        String myNew = _get(Anchor.class, spec -> spec.withId("tracker-card-mine-new")).getHref();
        assertThat(myNew).startsWith("trackers?");
        assertThat(query(myNew)).containsExactlyInAnyOrderEntriesOf(Map.of("status", "NEW", "assignee", "ME"));

        UI.getCurrent().navigate("trackers", QueryParameters.simple(Map.of("status", "NEW", "assignee", "ME")));
        Grid<TrackerSummary> grid = grid("tracker-grid");
        UUID me = CurrentActor.require().id();
        assertThat(rows(grid)).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(TrackerStatus.NEW);
            assertThat(row.assigneeId()).isEqualTo(me);
        });
    }

    @Test
    void past_ten_thousand_the_list_says_more_than_and_every_tracker_can_still_be_scrolled_to() {
        String domain = providerWithTrackers(TrackerCount.LIST_LIMIT + 1);
        signInToUi("tracker-process@" + domain);

        UI.getCurrent().navigate("trackers");
        assertThat(countText()).isEqualTo("More than 10,000 trackers");
        Grid<TrackerSummary> grid = grid("tracker-grid");
        assertThat(_get(grid, 0).number()).isEqualTo(TrackerCount.LIST_LIMIT + 1);
        assertThat(_get(grid, TrackerCount.LIST_LIMIT).number()).isEqualTo(1);

        @SuppressWarnings("unchecked")
        ComboBox<TrackerStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
        _setValue(status, TrackerStatus.PROCESSED);
        assertThat(countText()).isEqualTo("No trackers");
        assertThat(_size(grid)).isZero();
    }

    @Test
    void a_platform_operator_sees_no_tracker_cards() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("tracker-cards"))).isEmpty();
    }

    @Test
    void the_csv_export_lists_every_tracker_of_the_filter_with_formulas_neutralised() throws Exception {
        signIn("tutor@northfield.example");
        UUID learner = learner("WM00000275");
        trackers.raise(address(learner, "=HYPERLINK(\"x\")", "LS11 1EX"));
        TrackerFilter filter = TrackerFilter.ofLearner(learner);
        TrackerExport.Labels labels = new TrackerExport.Labels(List.of("Tracker", "Type", "Learner", "Ref",
                "Status", "Assigned to", "Raised by", "Raised on", "Due", "Overdue"), Map.of(
                TrackerType.CHANGE_OF_ADDRESS, "Change of address", TrackerType.CHANGE_OF_NAME, "Change of name",
                TrackerType.CHANGE_OF_CONTACT_DETAILS, "Change of contact details"), Map.of(TrackerStatus.NEW,
                "New", TrackerStatus.PRE_AUTHORISED, "Pre-authorised", TrackerStatus.PROCESSED, "Processed",
                TrackerStatus.REJECTED, "Rejected", TrackerStatus.CANCELLED, "Cancelled"), "Nobody", "Yes", "No");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrackerExport.writeCsv(trackers, filter, labels, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(1 + (int) trackers.count(filter));
        assertThat(lines[1]).contains("Change of address").contains("WM00000275").contains(",New,Nobody,");
        assertThat(app.waymark.base.io.SpreadsheetText.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(app.waymark.base.io.SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(app.waymark.base.io.SpreadsheetText.neutralise("Smith")).isEqualTo("Smith");
    }

    @Test
    void a_provider_admin_changes_a_types_days_before_overdue_and_a_bad_number_is_refused_on_the_field() {
        signInToUi(RIVERSIDE_ADMIN);
        int before = settings.of(TrackerType.CHANGE_OF_NAME).dueDays();
        UI.getCurrent().navigate("tracker-settings");
        IntegerField days = _get(
                IntegerField.class,
                spec -> spec.withId("setting-CHANGE_OF_NAME-due-days"));
        Button save = _get(Button.class, spec -> spec.withId("setting-CHANGE_OF_NAME-save"));
        try {
            _setValue(days, 400);
            _click(save);
            assertThat(days.isInvalid()).isTrue();
            assertThat(days.getErrorMessage()).isEqualTo("Between 1 and 365 days");
            assertThat(settings.of(TrackerType.CHANGE_OF_NAME).dueDays()).isEqualTo(before);

            _setValue(days, before + 1);
            _click(save);
            assertThat(settings.of(TrackerType.CHANGE_OF_NAME).dueDays()).isEqualTo(before + 1);
        } finally {
            _setValue(days, before);
            _click(save);
        }
        assertThat(settings.of(TrackerType.CHANGE_OF_NAME).dueDays()).isEqualTo(before);
    }

    @Test
    void only_provider_admins_open_the_tracker_settings() {
        signInToUi("tracker-process@northfield.example");
        UI.getCurrent().navigate("tracker-settings");
        _assertOne(AccessDeniedView.class);
        assertThat(_find(Div.class, spec -> spec.withId("setting-CHANGE_OF_NAME"))).isEmpty();
    }

    private static String countText() {
        return _get(Span.class, spec -> spec.withId("tracker-count")).getText();
    }

    /** A provider of its own (staff per standard role at the returned mail domain) with this many New trackers. */
    private String providerWithTrackers(int count) {
        int number = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String slug = "many-trackers-" + number;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "many trackers set-up", null, List.of(
                        new SimpleGrantedAuthority(Permission.authority(Permission.PLATFORM_OPERATOR)),
                        new SimpleGrantedAuthority(Permission.authority(Permission.USERS_MANAGE)))));
        UUID provider = tenants.create("Many Trackers College " + number, slug, Integer.toString(number)).id();
        accounts.ensureStaffPerRole(provider, slug + ".example", List.of("Mani Staff"), demoPassword);
        SecurityContextHolder.clearContext();
        TenantContext.runAs(provider, () -> transactions.executeWithoutResult(status -> {
            UUID learner = UUID.randomUUID();
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name,
                        programme_status, created_at, updated_at)
                    values (?, ?, 'MANY00001', '9999999999', 'Mani', 'Trackers', 'CONTINUING', now(), now())""",
                    provider, learner);
            jdbc.update("insert into tracker_number (tenant_id, last_number) values (?, ?)", provider, count);
            jdbc.update("""
                    insert into tracker (tenant_id, id, number, tracker_type, learner_id, raised_by_kind,
                        raised_by_name, status, requested_change, raised_at, due_on, updated_at)
                    select ?, gen_random_uuid(), n, 'CHANGE_OF_ADDRESS', ?, 'STAFF_FOR_LEARNER', 'Mani Staff', 'NEW',
                        '{"kind":"ADDRESS","addLine1":"1 New Road","postcode":"LS1 1AA"}',
                        timestamptz '2026-01-01 09:00Z' + n * interval '1 minute', date '2026-12-31', now()
                    from generate_series(1, ?) as n""", provider, learner, count);
        }));
        return slug + ".example";
    }

    private static TrackerFilter filter(TrackerStatus status, TrackerFilter.Assignee assignee) {
        return new TrackerFilter(null, status, assignee, null, null, null, null, false);
    }

    private static RaiseRequest address(UUID learner, String line1, String postcode) {
        return new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS, learner, new RecordChange.AddressChange(line1, null,
                null, null, postcode), null, null, "phone call from learner", null, null);
    }

    private UUID learner(String learnRefNumber) {
        return learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<TrackerSummary> rows(Grid<TrackerSummary> grid) {
        List<TrackerSummary> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    /** Picks a standard type in the raise dialog's type list. */
    static void chooseType(TrackerType type) {
        @SuppressWarnings("unchecked")
        Select<RaiseTrackerDialog.TypeChoice> select = _get(Select.class, spec -> spec.withId("raise-type"));
        _setValue(select, RaiseTrackerDialog.TypeChoice.of(type));
    }

    private static void openTab(String label) {
        Tab tab = _find(Tab.class).stream().filter(candidate -> label.equals(candidate.getLabel())).findFirst()
                .orElseThrow();
        _get(TabSheet.class).setSelectedTab(tab);
    }

    /** Addresses the page put in the address bar (history.replaceState) since the last look. */
    private static List<String> shownUrls() {
        List<String> urls = new ArrayList<>();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().forEach(invocation ->
                invocation.getInvocation().getParameters().forEach(parameter -> {
                    String text = String.valueOf(parameter);
                    if (text.startsWith("trackers")) {
                        urls.add(text);
                    }
                }));
        return urls;
    }

    /** The query parameters of an address such as {@code trackers?status=NEW}, in any order. */
    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new java.util.HashMap<>();
        QueryParameters.fromString(url.substring(url.indexOf('?') + 1)).getParameters()
                .forEach((name, values) -> parameters.put(name, values.getFirst()));
        return parameters;
    }
}
