package app.waymark.notification;

import java.util.UUID;

record SmsToSend(UUID messageId, String to, String from, String text) {
}
