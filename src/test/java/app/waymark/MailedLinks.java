package app.waymark;

import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/** Links that arrived by email in the test mail server, as the person would follow them. */
public final class MailedLinks {

    /** Waits for the {@code n}-th email to {@code address} (1 is the first) and returns its link under {@code path}. */
    public static String awaitLink(TestMailServer mail, String address, String path, int n) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mail.receivedBy(address).size() >= n);
        MimeMessage message = mail.receivedBy(address).get(n - 1);
        String text = plainText(message);
        Matcher link = Pattern.compile("https?://[^\\s\"<]+" + Pattern.quote(path) + "([A-Za-z0-9_-]{43})")
                .matcher(text);
        if (!link.find()) {
            throw new AssertionError("No " + path + " link in the email to " + address + ":\n" + text);
        }
        return link.group();
    }

    /** The decoded text/plain part of an email. */
    public static String plainText(MimeMessage message) {
        try {
            return plainText((jakarta.mail.Part) message);
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainText(jakarta.mail.Part part) throws jakarta.mail.MessagingException,
            java.io.IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The token at the end of a link. */
    public static String token(String link) {
        return link.substring(link.length() - 43);
    }

    /** The emails received by {@code address}, as subject lines. */
    public static List<String> subjects(TestMailServer mail, String address) {
        return mail.receivedBy(address).stream().map(TestMailServer::subject).toList();
    }

    private MailedLinks() {
    }
}
