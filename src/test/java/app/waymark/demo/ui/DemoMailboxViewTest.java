package app.waymark.demo.ui;

import app.waymark.base.SecretTokens;
import app.waymark.demo.DemoMailbox;
import app.waymark.notification.LoggedMessage;
import app.waymark.notification.MessageChannel;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DemoMailboxViewTest extends KaribuTest {

    @Autowired
    DemoMailbox mailbox;

    @Test
    void anyone_trying_the_demo_sees_what_it_would_have_sent_with_links_that_open() {
        String link = "http://localhost:8080/survey/" + SecretTokens.random();
        mailbox.read(new LoggedMessage(Instant.parse("2026-12-03T09:00:00Z"), MessageChannel.EMAIL,
                "mailbox-test@mail.example", "surveys@northfield.example", "Where are you now?",
                "Hello Nia,\nTell us where you are now: " + link + "\nThank you."));

        UI.getCurrent().navigate("demo/mailbox");

        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Demo mailbox");
        assertThat(_find(Anchor.class)).anySatisfy(anchor -> assertThat(anchor.getHref()).isEqualTo(link));
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).anySatisfy(heading -> assertThat(heading.getText())
                .isEqualTo("Email to mailbox-test@mail.example: Where are you now?"));
    }
}
