package app.waymark.branding;

import app.waymark.notification.SmsLength;

/** A message in a provider's wording and look, ready to preview or queue. */
public record RenderedMessage(String subject, String text, String html, String sms, SmsLength.Measure smsLength) {
}
