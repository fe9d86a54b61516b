package app.waymark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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

    /** The message's subject line. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Could not read an email's subject", e);
        }
    }

    /** Every text part of a message (plain and HTML), one after another: what a reader of the message sees. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException("Could not read a part of an email", e);
        }
    }
}
