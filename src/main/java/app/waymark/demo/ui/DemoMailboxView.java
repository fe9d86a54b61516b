package app.waymark.demo.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.demo.DemoMailbox;
import app.waymark.notification.LoggedMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's mailbox: every email and SMS the demo would have sent, newest first, with working links, so a person
 * trying the demo can answer a survey as the learner or join as an invited member of staff. Not found outside demo
 * mode (DemoMode), so never under {@code prod}.
 */
@Route(value = "demo/mailbox", autoLayout = false)
@AnonymousAllowed
class DemoMailboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private final ObjectProvider<DemoMailbox> mailbox;

    DemoMailboxView(ObjectProvider<DemoMailbox> mailbox) {
        this.mailbox = mailbox;
        setId("demo-mailbox");
        addClassName("wm-demo-mailbox");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DemoMailbox box = mailbox.getIfAvailable();
        if (box == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        List<LoggedMessage> messages = box.messages();
        add(new H1(getTranslation("demo.mailbox.title")), new Paragraph(getTranslation("demo.mailbox.intro")),
                new Paragraph(getTranslation("demo.mailbox.portal")));
        if (messages.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("demo.mailbox.none"));
            none.setId("demo-mailbox-empty");
            add(none);
        }
        messages.forEach(message -> add(card(message)));
    }

    private Component card(LoggedMessage message) {
        H2 heading = new H2(message.subject() == null
                ? getTranslation("demo.mailbox.sms", message.to())
                : getTranslation("demo.mailbox.email", message.to(), message.subject()));
        Paragraph when = new Paragraph(getTranslation("demo.mailbox.when", UkFormats.SECOND.format(message.at()),
                message.from() == null ? "" : message.from()));
        when.addClassName("wm-label");
        Div body = new Div();
        body.addClassName("wm-demo-message-text");
        Matcher link = LINK.matcher(message.text() == null ? "" : message.text());
        int shown = 0;
        while (link.find()) {
            body.add(new Span(message.text().substring(shown, link.start())), new Anchor(link.group(), link.group()));
            shown = link.end();
        }
        body.add(new Span(message.text() == null ? "" : message.text().substring(shown)));
        Div card = new Div(heading, when, body);
        card.addClassName("wm-demo-message");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demo.mailbox.title") + " | " + getTranslation("app.name");
    }
}
