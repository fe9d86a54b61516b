package app.waymark.bootcamp.ui;

import app.waymark.bootcamp.BootcampContracts;
import app.waymark.bootcamp.BootcampOverview.BlockedRow;
import app.waymark.bootcamp.BootcampOverview.MilestoneCount;
import app.waymark.bootcamp.BootcampRule;
import app.waymark.bootcamp.ContractYear;
import app.waymark.bootcamp.Milestone;
import app.waymark.bootcamp.RuleBreach;
import app.waymark.learner.LearnerAims;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /bootcamps}, the contracts page and the learner page's Bootcamp tab, on the demo's thread codings. */
class BootcampViewsTest extends KaribuTest {

    private static final ContractYear YEAR_2023_24 = ContractYear.parse("2023-24");

    @Autowired
    LearnerAims learnerAims;
    @Autowired
    BootcampContracts contracts;
    @Autowired
    app.waymark.bootcamp.BootcampEvents events;
    @Autowired
    app.waymark.bootcamp.BootcampHours hours;

    @AfterEach
    void removeTheContractEntered() {
        signIn(RIVERSIDE_ADMIN);
        contracts.remove(YEAR_2023_24);
    }

    @Test
    void the_page_counts_each_milestone_and_lists_the_helpdesk_learner_blocked_with_the_fix() {
        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("bootcamps");

        Grid<MilestoneCount> counts = grid("bootcamps-counts");
        assertThat(_size(counts)).isEqualTo(3);
        MilestoneCount completion = _get(counts, 1);
        assertThat(completion.milestone()).isEqualTo(Milestone.COMPLETION);
        assertThat(completion.evidenced()).isPositive();
        assertThat(completion.blocked()).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("bootcamps-expected-total")).getText())
                .startsWith("Expected payments in total: £");

        Grid<BlockedRow> blocked = grid("bootcamps-blocked");
        BlockedRow helpdesk = rows(blocked).stream()
                .filter(row -> row.learner().learnRefNumber().equals("BCHELPDESK1")
                        && row.breach().rule() == BootcampRule.PROGRAMME_COMPLETED).findFirst().orElseThrow();
        assertThat(helpdesk.blocks()).containsExactly(Milestone.COMPLETION);
        assertThat(UI.getCurrent().getTranslation(helpdesk.breach().fix().key(),
                helpdesk.breach().fix().args().toArray())).isEqualTo("Set ZPROG001 completion status to 2 and its"
                + " actual end date to 20/12/2022, the date of the interview offer; leave the achievement date empty.");
    }

    @Test
    void filtering_by_rule_keeps_the_rule_in_the_url_and_shows_only_its_rows() {
        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("bootcamps", QueryParameters.simple(Map.of("rule", "STATUS_OUTCOME")));

        Grid<BlockedRow> blocked = grid("bootcamps-blocked");
        assertThat(rows(blocked)).isNotEmpty().allSatisfy(row ->
                assertThat(row.breach().rule()).isEqualTo(BootcampRule.STATUS_OUTCOME));
        assertThat(rows(blocked)).extracting(row -> row.learner().learnRefNumber()).contains("BCOUTCOME2");

        @SuppressWarnings("unchecked")
        ComboBox<BootcampRule> rule = _get(ComboBox.class, spec -> spec.withId("bootcamps-rule"));
        assertThat(rule.getValue()).isEqualTo(BootcampRule.STATUS_OUTCOME);
        _setValue(rule, BootcampRule.PROGRAMME_COMPLETED);
        assertThat(rows(blocked)).extracting(BlockedRow::breach).extracting(RuleBreach::rule)
                .containsOnly(BootcampRule.PROGRAMME_COMPLETED);
        _setValue(rule, null);
        assertThat(rows(blocked).stream().map(row -> row.breach().rule()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void the_csv_export_of_the_filtered_list_has_a_row_per_learner_and_rule_with_why_and_the_fix()
            throws java.io.IOException {
        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("bootcamps", QueryParameters.simple(Map.of("rule", "PROGRAMME_COMPLETED")));
        List<BlockedRow> shown = rows(grid("bootcamps-blocked"));
        BootcampTexts texts = new BootcampTexts(com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getI18NProvider());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        BootcampExports.write("csv", shown, texts, out);

        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(shown.size() + 1);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFLearner reference,Learner,Programme start,Contract year,"
                + "Guided learning hours,Blocks,Rule,Why,Fix");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("BCHELPDESK1,Becky Marsh,01/08/2022,2022-23,"
                + "0,M2,Programme aim completed,").endsWith(",\"Set ZPROG001 completion status to 2 and its actual end "
                + "date to 20/12/2022, the date of the interview offer; leave the achievement date empty.\""));
    }

    @Test
    void staff_without_reports_cannot_open_the_page() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("bootcamps");

        assertThat(_find(Grid.class, spec -> spec.withId("bootcamps-blocked"))).isEmpty();
    }

    @Test
    void the_bootcamp_tab_shows_the_aims_timeline_the_verdicts_and_the_fix() {
        signInToUi("mis@northfield.example");
        UUID learner = learnerId("BCHELPDESK1");
        UI.getCurrent().navigate("learners/" + learner);
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Bootcamp")) {
                tabs.setSelectedIndex(i);
            }
        }

        String text = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("learner-bootcamp")).getElement().getTextRecursively();
        assertThat(text).contains("Skills Bootcamp started 01/08/2022 (contract year 2022-23)")
                .contains("events are recorded as event aims");
        @SuppressWarnings("unchecked")
        Grid<app.waymark.learner.LearnerRecord.Aim> timeline = (Grid<app.waymark.learner.LearnerRecord.Aim>)
                _get(Grid.class, spec -> spec.withClasses("bootcamp-timeline"));
        assertThat(_size(timeline)).isEqualTo(3);
        assertThat(_get(timeline, 2).learnAimRef()).isEqualTo("Z0059747");
        @SuppressWarnings("unchecked")
        Grid<RuleBreach> fixes = (Grid<RuleBreach>) _get(Grid.class, spec -> spec.withClasses("bootcamp-fixes"));
        assertThat(rows(fixes)).extracting(RuleBreach::rule).contains(BootcampRule.PROGRAMME_COMPLETED);
    }

    @Test
    void the_tab_shows_the_demo_events_one_waiting_with_the_rows_to_key_in_and_one_in_the_mis() {
        signInToUi("mis@northfield.example");

        String helpdesk = bootcampTab("BCHELPDESK1");
        assertThat(helpdesk).contains("Recorded events")
                .contains("Events recorded here are not evidence for the milestones by themselves")
                .contains("Interview offer on 20/12/2022").contains("Waiting for the MIS")
                .contains("Change aim 1 ZPROG001 to CompStatus 2 and Outcome 8 with actual end date 20/12/2022")
                .contains("Note: Offer letter from the employer, emailed to the tutor")
                .contains("Record an event");
        @SuppressWarnings("unchecked")
        Grid<app.waymark.bootcamp.KeyInRow.Field> fields = (Grid<app.waymark.bootcamp.KeyInRow.Field>)
                _get(Grid.class, spec -> spec.withClasses("bootcamp-keyin-fields"));
        assertThat(rows(fields)).extracting(app.waymark.bootcamp.KeyInRow.Field::name)
                .containsExactly("CompStatus", "LearnActEndDate", "Outcome", "AchDate");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("bootcamp-events-xml")))
                .hasSize(1);

        String worked = bootcampTab("BCWORKED1");
        assertThat(worked).contains("Interview offer on 25/02/2023").contains("In the MIS since")
                .doesNotContain("Waiting for the MIS");
    }

    @Test
    void recording_an_event_shows_its_rows_a_future_date_is_refused_and_removing_it_asks_first() {
        signInToUi("mis@northfield.example");
        UUID learner = learnerId("BCOUTCOME2");
        bootcampTab("BCOUTCOME2");
        @SuppressWarnings("unchecked")
        Select<app.waymark.bootcamp.EventKind> kind = _get(Select.class, spec -> spec.withId("bootcamp-event-kind"));
        com.vaadin.flow.component.datepicker.DatePicker date = _get(
                com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("bootcamp-event-date"));

        _setValue(kind, app.waymark.bootcamp.EventKind.NEW_ROLE_WITH_EMPLOYER);
        _setValue(date, java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("bootcamp-event-save")));

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).endsWith("is in the future: record an event once it has happened");
        assertThat(events.forLearner(learner).orElseThrow().events()).isEmpty();

        _setValue(date, java.time.LocalDate.of(2024, 3, 22));
        _click(_get(Button.class, spec -> spec.withId("bootcamp-event-save")));
        try {
            String text = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                    spec -> spec.withId("learner-bootcamp")).getElement().getTextRecursively();
            assertThat(text).contains("New role with the existing employer on 22/03/2024")
                    .contains("Waiting for the MIS")
                    .contains("Add aim 4: event aim Z0059748, AimType 3, FundModel 37, ProgType 32, with 22/03/2024");
            assertThat(events.forLearner(learner).orElseThrow().events()).singleElement()
                    .satisfies(event -> assertThat(event.event().kind())
                            .isEqualTo(app.waymark.bootcamp.EventKind.NEW_ROLE_WITH_EMPLOYER));

            _click(_get(Button.class, spec -> spec.withClasses("bootcamp-event-remove")));
            com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = _get(
                    com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                    spec -> spec.withId("bootcamp-event-confirm"));
            assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(confirm))
                    .startsWith("Remove this event: New role with the existing employer on 22/03/2024?");
            assertThat(events.forLearner(learner).orElseThrow().events()).as("asked, not yet removed").hasSize(1);
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
            assertThat(events.forLearner(learner).orElseThrow().events()).isEmpty();
        } finally {
            events.forLearner(learner).orElseThrow().events().forEach(event -> events.remove(event.event().id()));
        }
    }

    @Test
    void the_page_counts_the_events_waiting_for_the_mis_and_their_csv_lists_the_rows_field_by_field()
            throws java.io.IOException {
        signInToUi("mis@northfield.example");
        UI.getCurrent().navigate("bootcamps");

        assertThat(_get(Paragraph.class, spec -> spec.withId("bootcamps-events-count")).getText())
                .isEqualTo("1 recorded event is waiting for the MIS.");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("bootcamps-events-csv")))
                .hasSize(1);
        BootcampTexts texts = new BootcampTexts(com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getI18NProvider());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        EventExports.csv(events.waiting(), texts, out);

        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFLearnRefNumber,Learner,Event,Event date,Change,AimSeqNumber,"
                + "LearnAimRef,ILR field,Value,In plain English");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[7])
                .containsExactly("CompStatus", "LearnActEndDate", "Outcome", "AchDate");
        assertThat(lines.get(2)).startsWith("BCHELPDESK1,Becky Marsh,Interview offer,20/12/2022,Change aim 1 ZPROG001,"
                + "1,ZPROG001,LearnActEndDate,2022-12-20,\"Change aim 1 ZPROG001 to CompStatus 2 and Outcome 8");
        assertThat(lines.get(4)).contains(",AchDate,(leave empty),");
    }

    @Test
    void the_tab_of_the_learner_who_left_on_the_third_day_shows_their_hours_and_m1_evidenced_by_hours() {
        signInToUi("mis@northfield.example");

        String text = bootcampTab("BCWITHDREW1");

        assertThat(text).contains("Guided learning hours").contains("Total recorded: 6.5 hours on 3 days.")
                .contains("Guided learning hours counted towards M1: 6.5 of the 5 needed (or 5 qualifying days in"
                        + " learning).")
                .contains("Record hours");
        @SuppressWarnings("unchecked")
        Grid<app.waymark.bootcamp.MilestoneVerdict> verdicts = (Grid<app.waymark.bootcamp.MilestoneVerdict>)
                _get(Grid.class, spec -> spec.withClasses("bootcamp-verdicts"));
        app.waymark.bootcamp.MilestoneVerdict start = _get(verdicts, 0);
        assertThat(start.verdict()).isEqualTo(app.waymark.bootcamp.Verdict.EVIDENCED);
        BootcampTexts texts = new BootcampTexts(com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getI18NProvider());
        assertThat(texts.detail(start)).startsWith("Triggered on ").contains(", evidenced by 5.5 guided learning"
                + " hours recorded from ").endsWith("(the contract needs 5)");
        @SuppressWarnings("unchecked")
        Grid<app.waymark.bootcamp.RecordedHours> list = grid("bootcamp-hours-list");
        assertThat(rows(list)).extracting(entry -> entry.hours().stripTrailingZeros().toPlainString())
                .containsExactly("3", "2.5", "1");
    }

    @Test
    void recording_hours_in_the_form_refuses_a_day_after_the_training_on_the_date_field_then_records_and_removes()
    {
        signInToUi("mis@northfield.example");
        UUID learner = learnerId("BCHELPDESK1");
        bootcampTab("BCHELPDESK1");
        com.vaadin.flow.component.datepicker.DatePicker day = _get(
                com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("bootcamp-hours-date"));

        _setValue(day, java.time.LocalDate.of(2022, 12, 1));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("bootcamp-hours-hours")), new BigDecimal("2.5"));
        _click(_get(Button.class, spec -> spec.withId("bootcamp-hours-save")));

        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("The day 01/12/2022 is after the training ended (30/11/2022,"
                + " the subject aim's actual end date)");
        assertThat(hours.forLearner(learner)).isEmpty();

        _setValue(day, java.time.LocalDate.of(2022, 8, 2));
        _click(_get(Button.class, spec -> spec.withId("bootcamp-hours-save")));
        try {
            String text = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                    spec -> spec.withId("learner-bootcamp")).getElement().getTextRecursively();
            assertThat(text).contains("Total recorded: 2.5 hours on 1 day.")
                    .contains("Guided learning hours counted towards M1: 2.5 of the 5 needed");
            assertThat(hours.forLearner(learner)).singleElement()
                    .satisfies(entry -> assertThat(entry.deliveredOn()).isEqualTo(java.time.LocalDate.of(2022, 8, 2)));

            _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid("bootcamp-hours-list"),
                    0, "remove"));
            com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = _get(
                    com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                    spec -> spec.withId("bootcamp-hours-confirm"));
            assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(confirm))
                    .startsWith("Remove the 2.5 hours recorded for 02/08/2022?");
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

            assertThat(hours.forLearner(learner)).isEmpty();
            assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                    spec -> spec.withId("learner-bootcamp")).getElement().getTextRecursively())
                    .contains("No guided learning hours recorded for this learner.");
        } finally {
            hours.forLearner(learner).forEach(entry -> hours.remove(entry.id()));
        }
    }

    /** Opens the learner's page on the Bootcamp tab and gives its text. */
    private String bootcampTab(String learnRefNumber) {
        UI.getCurrent().navigate("learners/" + learnerId(learnRefNumber));
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Bootcamp")) {
                tabs.setSelectedIndex(i);
            }
        }
        return _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("learner-bootcamp")).getElement().getTextRecursively();
    }

    @Test
    void contract_shares_not_adding_up_to_100_are_refused_with_a_message_and_nothing_is_saved() {
        signInToUi(RIVERSIDE_ADMIN);
        UI.getCurrent().navigate("bootcamps/contracts");
        @SuppressWarnings("unchecked")
        Select<ContractYear> year = _get(Select.class, spec -> spec.withId("contract-year"));
        _setValue(year, YEAR_2023_24);

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("contract-start-share")), new BigDecimal("50"));
        _click(_get(Button.class, spec -> spec.withId("contract-save")));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("contract-form-error"));
        assertThat(error.getText()).isEqualTo("The shares of M1, M2 and M3 must add up to 100%. Nothing was saved.");
        assertThat(contracts.forYear(YEAR_2023_24).stored()).isFalse();

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("contract-start-share")), new BigDecimal("45"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("contract-price")), new BigDecimal("2500.00"));
        _click(_get(Button.class, spec -> spec.withId("contract-save")));

        assertThat(contracts.forYear(YEAR_2023_24).stored()).isTrue();
        assertThat(contracts.forYear(YEAR_2023_24).pricePerLearner()).isEqualByComparingTo("2500.00");
        Grid<app.waymark.bootcamp.BootcampContract> entered = grid("contracts-entered");
        assertThat(rows(entered)).extracting(app.waymark.bootcamp.BootcampContract::year).contains(YEAR_2023_24);
    }

    private UUID learnerId(String learnRefNumber) {
        return learnerAims.inProgramme(37, 32).stream()
                .filter(learner -> learner.learnRefNumber().equals(learnRefNumber)).findFirst().orElseThrow()
                .learnerId();
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
}
