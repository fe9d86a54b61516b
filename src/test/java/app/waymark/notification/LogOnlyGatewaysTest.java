package app.waymark.notification;

import app.waymark.base.SecretTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LogOnlyGatewaysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    private final String token = SecretTokens.random();
    private final String link = "https://waymark.example/survey/" + token;
    private final List<LoggedMessage> read = new ArrayList<>();

    @Test
    void an_email_delivered_by_log_shows_its_survey_link_masked_in_the_log(CapturedOutput output) {
        LogOnlyEmailGateway gateway = new LogOnlyEmailGateway(
                new DeliveryByLog("no SMTP server is configured", List.of(read::add), CLOCK));

        DeliveryOutcome outcome = gateway.send(new EmailToSend(UUID.randomUUID(), "nia@mail.example", "Northfield",
                "no-reply@waymark.example", null, "Your survey", "Answer at " + link, "<a href=\"" + link + "\">",
                null));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Accepted.class);
        assertThat(output).contains("EMAIL NOT SENT (no SMTP server is configured) to=nia@mail.example")
                .contains("Answer at https://waymark.example/survey/" + token.substring(0, 4) + "…")
                .doesNotContain(token);
        assertThat(read).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Answer at " + link);
            assertThat(message.channel()).isEqualTo(MessageChannel.EMAIL);
            assertThat(message.at()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void an_sms_delivered_by_log_shows_its_survey_link_masked_in_the_log(CapturedOutput output) {
        LogOnlySmsGateway gateway = new LogOnlySmsGateway(
                new DeliveryByLog("no Vonage API key is configured", List.of(read::add), CLOCK));

        gateway.send(new SmsToSend(UUID.randomUUID(), "+447700900001", "Northfield", "Survey: " + link));

        assertThat(output).contains("SMS NOT SENT (no Vonage API key is configured) to=+447700900001")
                .contains("Survey: https://waymark.example/survey/" + token.substring(0, 4) + "…")
                .doesNotContain(token);
        assertThat(read).singleElement().extracting(LoggedMessage::text).isEqualTo("Survey: " + link);
    }

    @Test
    void delivery_by_log_says_so_in_its_description_and_to_the_channels() {
        DeliveryChannels channels = new DeliveryChannels(
                new LogOnlyEmailGateway(new DeliveryByLog("no SMTP server is configured", List.of(), CLOCK)),
                new LogOnlySmsGateway(new DeliveryByLog("no SMTP server is configured", List.of(), CLOCK)));

        assertThat(channels.logOnlyChannels()).containsExactly(MessageChannel.EMAIL, MessageChannel.SMS);
        assertThat(channels.description(MessageChannel.EMAIL)).startsWith("LOG ONLY: no SMTP server is configured");
    }
}
