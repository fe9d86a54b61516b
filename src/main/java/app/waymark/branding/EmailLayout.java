package app.waymark.branding;

import app.waymark.notification.MessageTemplateText;
import app.waymark.notification.OutgoingEmail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a rendered plain-text email into the provider-branded HTML version: a header in the provider's colour with
 * the logo (inline, {@code cid:logo}) or name, the text as paragraphs with links made clickable, and the unsubscribe
 * footer where the kind of message has one. Everything from the text is escaped; inline styles only, as email
 * clients ignore style sheets.
 */
final class EmailLayout {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    static String html(Branding branding, String text, String unsubscribeLink, String unsubscribeLabel) {
        StringBuilder html = new StringBuilder(text.length() * 2 + 1024);
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>")
                .append("<body style=\"margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;")
                .append("color:#1f2933;\"><div style=\"max-width:600px;margin:0 auto;background:#ffffff;\">")
                .append("<div style=\"background:").append(branding.primaryColour())
                .append(";padding:16px 24px;color:#ffffff;font-size:20px;font-weight:bold;\">");
        if (branding.hasLogo()) {
            html.append("<img src=\"cid:").append(OutgoingEmail.LOGO_CONTENT_ID).append("\" alt=\"")
                    .append(escape(branding.displayName())).append("\" style=\"max-height:60px;max-width:300px;")
                    .append("background:#ffffff;padding:4px;border-radius:4px;\">");
        } else {
            html.append(escape(branding.displayName()));
        }
        html.append("</div><div style=\"padding:24px;font-size:16px;line-height:1.5;\">");
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p style=\"margin:0 0 16px;\">").append(linked(escape(paragraph).replaceAll("\\R", "<br>"),
                    branding.primaryColour())).append("</p>");
        }
        html.append("</div>");
        if (unsubscribeLink != null) {
            html.append("<div style=\"padding:16px 24px;font-size:13px;color:#52606d;border-top:1px solid #e4e7eb;\">")
                    .append("<a href=\"").append(escape(unsubscribeLink)).append("\" style=\"color:#52606d;\">")
                    .append(escape(unsubscribeLabel)).append("</a></div>");
        }
        return html.append("</div></body></html>").toString();
    }

    private static String linked(String escaped, String colour) {
        Matcher links = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            String url = links.group();
            links.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\" style=\"color:" + colour
                    + ";font-weight:bold;\">" + url + "</a>"));
        }
        links.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return MessageTemplateText.Escaper.HTML.escape(text);
    }

    private EmailLayout() {
    }
}
