package app.waymark.notification;

import java.util.UUID;

record EmailToSend(UUID messageId, String to, String fromName, String fromAddress, String replyTo, String subject,
                   String text, String html, byte[] inlineLogoPng) {
}
