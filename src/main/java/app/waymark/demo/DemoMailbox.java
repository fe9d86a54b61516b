package app.waymark.demo;

import app.waymark.notification.LoggedMessage;
import app.waymark.notification.LoggedMessageReader;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The demo sends no email or SMS: what delivery by log would have sent (the log masks its links) is kept here whole,
 * newest first, so that people trying the demo can open a learner's survey link or a staff invitation. In memory only
 * and bounded; it exists only in demo mode, never under {@code prod}.
 */
@Component
@Conditional(DemoMode.class)
public class DemoMailbox implements LoggedMessageReader {

    static final String ROUTE = "/demo/mailbox";
    static final int KEPT = 500;

    private final Deque<LoggedMessage> messages = new ConcurrentLinkedDeque<>();

    @Override
    public void read(LoggedMessage message) {
        messages.addFirst(message);
        while (messages.size() > KEPT) {
            messages.pollLast();
        }
    }

    /** Newest first. */
    public List<LoggedMessage> messages() {
        return new ArrayList<>(messages);
    }
}
