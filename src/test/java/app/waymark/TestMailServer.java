package app.waymark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** A GreenMail SMTP server on a fixed port for the test JVM, which tests may stop and start again (an outage). */
public final class TestMailServer {

    private int port;
    private GreenMail greenMail;

    private TestMailServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        port = greenMail.getSmtp().getPort();
    }

    public static TestMailServer startOnFreePort() {
        return new TestMailServer();
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    public synchronized List<MimeMessage> receivedBy(String address) {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessagesForDomain(address));
    }
}
