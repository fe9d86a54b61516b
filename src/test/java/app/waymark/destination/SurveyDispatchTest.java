package app.waymark.destination;

import app.waymark.MailedLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyDispatchTest extends DestinationTest {

    @Autowired
    SurveyDispatch dispatch;
    @Autowired
    DestinationSettingsService settings;
    @Autowired
    ManualDestinations manual;

    DispatchTestTenant provider;
    LocalDate today;

    @BeforeEach
    void freshProvider() {
        provider = newProvider();
        today = ukToday();
    }

    private void trackingOn(ContactRuleMode mode, SurveyChannels channels, LocalDate backPopulation) {
        provider.run(() -> settings.save(new TrackingSettings(true, backPopulation, 0, 7, 14, 28, 28, mode,
                channels)));
    }

    private DispatchReport runDaily() {
        return provider.call(dispatch::runDaily);
    }

    @Test
    void a_learner_who_cannot_be_contacted_gets_OTH_3_from_the_day_after_leaving_collected_today_and_flagged() {
        trackingOn(ContactRuleMode.STRICT, SurveyChannels.BOTH, today.minusYears(1));
        LocalDate left = today.minusDays(3);
        UUID learner = provider.learner("Ann", "ann@mail.example", "+447700900001", left, "4", "");

        DispatchReport report = runDaily();

        assertThat(report.notContactable()).isEqualTo(1);
        assertThat(report.invited()).isZero();
        Map<String, Object> oth3 = provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where learner_id = ?", learner)));
        assertThat(oth3).containsEntry("out_type", "OTH").containsEntry("out_code", 3)
                .containsEntry("source", "AUTOMATIC").containsEntry("flag", "NOT_CONTACTABLE")
                .containsEntry("end_date", null);
        assertThat(oth3.get("start_date").toString()).isEqualTo(left.plusDays(1).toString());
        assertThat(oth3.get("collection_date").toString()).isEqualTo(today.toString());
        assertThat((String) oth3.get("flag_reason")).contains("RUI 4");
    }

    @Test
    void an_unsubscribed_learner_is_not_contacted_whatever_the_ilr_says_and_gets_OTH_3() {
        trackingOn(ContactRuleMode.STATUTORY, SurveyChannels.BOTH, today.minusYears(1));
        UUID learner = provider.learner("Ben", "ben@mail.example", "+447700900002", today.minusDays(1), "7", "5 6");
        provider.unsubscribe(learner);

        runDaily();

        assertThat(provider.query("select flag_reason from destination_record where learner_id = ?", String.class,
                learner)).singleElement().asString().contains("unsubscribed");
        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", learner)).isZero();
    }

    @Test
    void a_contactable_learner_is_invited_on_each_allowed_channel_through_the_outbox_with_a_link() {
        trackingOn(ContactRuleMode.STRICT, SurveyChannels.BOTH, today.minusYears(1));
        UUID both = provider.learner("Cara", "cara@mail.example", "+447700900003", today.minusDays(2), "", "");
        UUID emailOnly = provider.learner("Dev", "dev@mail.example", "+447700900004", today.minusDays(2), "", "2");
        int earlierEmails = MAIL.receivedBy("dev@mail.example").size();

        DispatchReport report = runDaily();

        assertThat(report.invited()).isEqualTo(2);
        assertThat(provider.query("select channel from outbox_message where purpose like 'survey-invitation:%'"
                + " and recipient in ('cara@mail.example', '+447700900003') order by channel", String.class))
                .containsExactly("EMAIL", "SMS");
        assertThat(provider.query("select channel from outbox_message where purpose like 'survey-invitation:%'"
                + " and recipient in ('dev@mail.example', '+447700900004')", String.class)).containsExactly("EMAIL");
        assertThat(provider.query("select channels from survey_invitation where learner_id = ?", String.class, both))
                .containsExactly("EMAIL,SMS");
        assertThat(MailedLinks.awaitLink(MAIL, "dev@mail.example", "/survey/", earlierEmails + 1)).isNotBlank();
        assertThat(MailedLinks.plainText(MAIL.receivedBy("dev@mail.example").get(earlierEmails))).contains("Hello Dev");
        assertThat(provider.count("select count(*) from survey_link l join survey_invitation i"
                + " on i.id = l.invitation_id where i.learner_id = ?", emailOnly)).isEqualTo(1);
    }

    @Test
    void running_the_daily_run_twice_in_a_day_sends_nothing_twice() {
        trackingOn(ContactRuleMode.STRICT, SurveyChannels.BOTH, today.minusYears(1));
        provider.learner("Eve", "eve@mail.example", null, today.minusDays(1), "", "");
        provider.learner("Finn", null, null, today.minusDays(1), "", "");

        DispatchReport first = runDaily();
        DispatchReport second = runDaily();

        assertThat(first.invited() + first.notContactable()).isEqualTo(2);
        assertThat(second).isEqualTo(DispatchReport.NOTHING);
        assertThat(provider.count("select count(*) from outbox_message")).isEqualTo(1);
        assertThat(provider.count("select count(*) from destination_record")).isEqualTo(1);
    }

    @Test
    void two_nodes_running_at_once_send_each_survey_once() throws Exception {
        trackingOn(ContactRuleMode.STRICT, SurveyChannels.EMAIL, today.minusYears(1));
        for (int i = 0; i < 40; i++) {
            provider.learner("L" + i, "l" + i + "@mail.example", null, today.minusDays(1), "", "");
        }
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        Callable<DispatchReport> node = () -> {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(authentication);
            return runDaily();
        };
        List<DispatchReport> reports;
        try (var nodes = Executors.newFixedThreadPool(2)) {
            List<Future<DispatchReport>> runs = nodes.invokeAll(List.of(node, node));
            reports = List.of(runs.get(0).get(), runs.get(1).get());
        }

        assertThat(reports.get(0).invited() + reports.get(1).invited()).isEqualTo(40);
        assertThat(provider.count("select count(*) from survey_invitation")).isEqualTo(40);
        assertThat(provider.count("select count(*) from outbox_message")).isEqualTo(40);
        assertThat(provider.count("select count(distinct recipient) from outbox_message")).isEqualTo(40);
    }

    @Test
    void learners_who_left_before_the_back_population_date_are_never_surveyed() {
        trackingOn(ContactRuleMode.STRICT, SurveyChannels.BOTH, today.minusDays(10));
        UUID before = provider.learner("Gus", "gus@mail.example", null, today.minusDays(11), "", "");
        UUID onTheDate = provider.learner("Hal", "hal@mail.example", null, today.minusDays(10), "", "");
        UUID stillLearning = provider.learner("Ivy", "ivy@mail.example", null, null, "", "");

        runDaily();

        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", before)).isZero();
        assertThat(provider.count("select count(*) from destination_record where learner_id = ?", before)).isZero();
        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", onTheDate))
                .isEqualTo(1);
        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", stillLearning))
                .isZero();
    }

    @Test
    void with_tracking_off_nothing_is_sent_but_one_survey_can_be_sent_by_hand() {
        UUID learner = provider.learner("Jo", "jo@mail.example", "+447700900010", today.minusDays(1), "", "3");

        assertThat(runDaily()).isEqualTo(DispatchReport.NOTHING);
        SurveyDispatch.ManualSend sent = provider.call(() -> dispatch.sendNow(learner));
        SurveyDispatch.ManualSend again = provider.call(() -> dispatch.sendNow(learner));

        assertThat(sent.sent()).isTrue();
        assertThat(sent.email()).isFalse();
        assertThat(sent.sms()).isTrue();
        assertThat(again.sent()).isFalse();
        assertThat(InEnglish.of(again.reasons())).singleElement().asString().startsWith("A survey for this leaving date was"
                + " already sent on");
        assertThat(provider.query("select by_hand from survey_invitation where learner_id = ?", Boolean.class,
                learner)).containsExactly(true);
    }

    @Test
    void a_survey_sent_by_hand_to_someone_who_cannot_be_reached_says_why_and_writes_nothing() {
        UUID learner = provider.learner("Kim", null, null, today.minusDays(1), "", "");

        SurveyDispatch.ManualSend result = provider.call(() -> dispatch.sendNow(learner));

        assertThat(result.sent()).isFalse();
        assertThat(InEnglish.of(result.reasons())).containsExactly("no valid email address", "no UK mobile number");
        assertThat(provider.count("select count(*) from destination_record")).isZero();
    }

    @Test
    void sending_by_hand_needs_the_send_survey_permission() {
        UUID learner = provider.learner("Lou", "lou@mail.example", null, today.minusDays(1), "", "");
        DispatchTestTenant.actAsWithPermissions("LEARNER_VIEW");

        assertThatThrownBy(() -> provider.call(() -> dispatch.sendNow(learner)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reminders_go_to_non_responders_after_7_and_14_days_and_no_answer_by_28_days_gives_OTH_3() {
        trackingOn(ContactRuleMode.STRICT, SurveyChannels.EMAIL, today.minusYears(1));
        LocalDate left = today.minusDays(1);
        UUID silent = provider.learner("Max", "max@mail.example", null, left, "", "");
        runDaily();

        clock.advance(Duration.ofDays(7));
        assertThat(runDaily().reminded()).isEqualTo(1);
        assertThat(runDaily().reminded()).isZero();
        clock.advance(Duration.ofDays(7));
        assertThat(runDaily().reminded()).isEqualTo(1);
        clock.advance(Duration.ofDays(14));
        DispatchReport closing = runDaily();

        assertThat(closing.noResponse()).isEqualTo(1);
        assertThat(provider.count("select count(*) from outbox_message where kind = 'SURVEY_REMINDER'"))
                .isEqualTo(2);
        assertThat(provider.query("select status from survey_invitation where learner_id = ?", String.class, silent))
                .containsExactly("NO_RESPONSE");
        Map<String, Object> oth3 = provider.call(() -> transactions.execute(status -> jdbc.queryForMap(
                "select * from destination_record where learner_id = ?", silent)));
        assertThat(oth3).containsEntry("flag", "NO_RESPONSE").containsEntry("out_code", 3);
        assertThat(oth3.get("start_date").toString()).isEqualTo(left.plusDays(1).toString());
        assertThat(oth3.get("collection_date").toString()).isEqualTo(today.plusDays(28).toString());
        assertThat(oth3.get("invitation_id")).isNotNull();
    }

    @Test
    void rule_2_the_non_response_sweep_records_no_OTH_3_beside_a_destination_staff_entered_while_the_survey_was_open() {
        trackingOn(ContactRuleMode.STRICT, SurveyChannels.EMAIL, today.minusYears(1));
        LocalDate left = today.minusDays(1);
        UUID placed = provider.learner("Noor", "noor@mail.example", null, left, "", "");
        UUID onTheLeavingDay = provider.learner("Omar", "omar@mail.example", null, left, "", "");
        runDaily();
        provider.call(() -> manual.add(placed, new ManualDestinations.Entry(OutcomeType.EMP, 1, left.plusDays(3), null, today)));
        new DestinationTestData(provider, jdbc, transactions).record(onTheLeavingDay, "EMP", 1, left, today, "MANUAL",
                null);

        clock.advance(Duration.ofDays(28));
        runDaily();

        assertThat(provider.query("select status from survey_invitation where learner_id = ?", String.class, placed))
                .containsExactly("NO_RESPONSE");
        assertThat(provider.query("select out_type || '-' || out_code from destination_record where learner_id = ?",
                String.class, placed)).containsExactly("EMP-1");
        // A destination starting on the leaving day is not one since leaving (the same strict comparison as the
        // invitation step): that learner still gets the automatic OTH-3.
        assertThat(provider.query("select out_type || '-' || out_code from destination_record where learner_id = ?"
                + " order by out_type", String.class, onTheLeavingDay)).containsExactly("EMP-1", "OTH-3");
    }
}
