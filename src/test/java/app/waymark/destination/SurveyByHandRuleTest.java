package app.waymark.destination;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 9 of issue 19: a survey sent by hand (the "test case") keeps to the back-population date (decision 0044).
 * Learners who left before it are refused with the reason and nothing is written; from the date on, a survey goes.
 */
class SurveyByHandRuleTest extends DestinationTest {

    @Autowired
    SurveyDispatch dispatch;
    @Autowired
    DestinationSettingsService settings;

    DispatchTestTenant provider;
    LocalDate trackedFrom;

    @BeforeEach
    void aProviderNotTrackingYetWithABackPopulationDate() {
        provider = newProvider();
        trackedFrom = LocalDate.of(2026, 1, 1);
        provider.run(() -> settings.save(new TrackingSettings(false, trackedFrom, 0, 7, 14, 28, 28,
                ContactRuleMode.STRICT, SurveyChannels.EMAIL)));
    }

    @Test
    void rule9_a_survey_by_hand_to_a_learner_who_left_before_the_back_population_date_is_refused_with_the_reason() {
        UUID learner = provider.learner("Early", "early@mail.example", null, trackedFrom.minusDays(1), "", "");

        SurveyDispatch.ManualSend result = provider.call(() -> dispatch.sendNow(learner));

        assertThat(result.sent()).isFalse();
        assertThat(InEnglish.of(result.reasons())).containsExactly("The learner left on 31 December 2025, before the"
                + " back-population date (1 January 2026), and learners who left before it are not surveyed. To"
                + " survey them, move the back-population date in the destination settings.");
        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", learner)).isZero();
        assertThat(provider.count("select count(*) from outbox_message")).isZero();
    }

    @Test
    void rule9_a_survey_by_hand_to_a_learner_who_left_on_the_back_population_date_goes() {
        UUID learner = provider.learner("On time", "ontime@mail.example", null, trackedFrom, "", "");

        SurveyDispatch.ManualSend result = provider.call(() -> dispatch.sendNow(learner));

        assertThat(result.sent()).isTrue();
        assertThat(provider.count("select count(*) from survey_invitation where learner_id = ?", learner))
                .isEqualTo(1);
    }
}
