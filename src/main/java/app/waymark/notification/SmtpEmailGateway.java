package app.waymark.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;

/** Sends through the configured SMTP server: plain text and HTML alternatives, the logo as an inline image. */
final class SmtpEmailGateway implements EmailGateway {

    static final String MESSAGE_ID_HEADER = "X-Waymark-Message-Id";

    private final JavaMailSender mailSender;
    private final String server;

    SmtpEmailGateway(JavaMailSender mailSender, String server) {
        this.mailSender = mailSender;
        this.server = server;
    }

    @Override
    public DeliveryOutcome send(EmailToSend email) {
        try {
            mailSender.send(toMime(email));
            return new DeliveryOutcome.Accepted(null);
        } catch (MailSendException e) {
            return refusedRecipient(e) ? new DeliveryOutcome.Refused("The mail server refused the address: "
                    + reason(e)) : new DeliveryOutcome.TemporaryFailure(reason(e));
        } catch (MailException e) {
            return new DeliveryOutcome.TemporaryFailure(reason(e));
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new DeliveryOutcome.Refused("The email could not be built: " + e.getMessage());
        }
    }

    private MimeMessage toMime(EmailToSend email) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        helper.setTo(email.to());
        helper.setFrom(email.fromAddress(), email.fromName());
        if (email.replyTo() != null) {
            helper.setReplyTo(email.replyTo());
        }
        helper.setSubject(email.subject());
        if (email.html() == null) {
            helper.setText(email.text(), false);
        } else {
            helper.setText(email.text(), email.html());
        }
        if (email.inlineLogoPng() != null) {
            helper.addInline(OutgoingEmail.LOGO_CONTENT_ID, new ByteArrayResource(email.inlineLogoPng()), "image/png");
        }
        mime.setHeader(MESSAGE_ID_HEADER, email.messageId().toString());
        return mime;
    }

    private static boolean refusedRecipient(MailSendException e) {
        return e.getFailedMessages().values().stream().anyMatch(cause -> cause instanceof SendFailedException failed
                && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0);
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip();
    }

    @Override
    public String description() {
        return "SMTP via " + server;
    }
}
