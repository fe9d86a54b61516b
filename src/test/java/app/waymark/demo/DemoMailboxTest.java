package app.waymark.demo;

import app.waymark.notification.LoggedMessage;
import app.waymark.notification.MessageChannel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMailboxTest {

    @Test
    void keeps_the_newest_messages_first_and_no_more_than_its_bound() {
        DemoMailbox mailbox = new DemoMailbox();

        IntStream.rangeClosed(1, DemoMailbox.KEPT + 20).forEach(n -> mailbox.read(new LoggedMessage(
                Instant.EPOCH.plusSeconds(n), MessageChannel.EMAIL, "learner" + n + "@mail.example", null,
                "Survey " + n, "text")));

        assertThat(mailbox.messages()).hasSize(DemoMailbox.KEPT);
        assertThat(mailbox.messages().getFirst().subject()).isEqualTo("Survey " + (DemoMailbox.KEPT + 20));
        assertThat(mailbox.messages().getLast().subject()).isEqualTo("Survey 21");
    }
}
