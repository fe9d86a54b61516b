package app.waymark.demo;

import app.waymark.base.PublicLinks;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.BrandingChange;
import app.waymark.branding.BrandingService;
import app.waymark.branding.MessageKind;
import app.waymark.branding.MessageTemplates;
import app.waymark.branding.MessageWording;
import app.waymark.notification.OutgoingSms;
import app.waymark.notification.PastMessages;
import app.waymark.notification.StaffNotifications;
import app.waymark.security.UserService;
import app.waymark.security.UserSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Northfield's branding, own wording, a little message history and welcome notifications, so the settings,
 * outbox and bell are not empty on first run. Riverside keeps Waymark's default look, to show that too. Added once:
 * nothing is changed when the provider's branding already exists.
 */
@Component
class DemoCommunications {

    private static final String NORTHFIELD_GREEN = "#0b6e4f";

    private final BrandingService branding;
    private final BrandedMessages messages;
    private final MessageTemplates templates;
    private final PastMessages pastMessages;
    private final StaffNotifications notifications;
    private final UserService users;
    private final PublicLinks links;
    private final Clock clock;

    DemoCommunications(BrandingService branding, BrandedMessages messages, MessageTemplates templates, PastMessages pastMessages,
                       StaffNotifications notifications, UserService users, PublicLinks links,
                       Clock clock) {
        this.branding = branding;
        this.messages = messages;
        this.templates = templates;
        this.pastMessages = pastMessages;
        this.notifications = notifications;
        this.users = users;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    void ensureBranded(String displayName, String mailDomain) {
        if (branding.current().ownColour()) {
            return;
        }
        branding.save(new BrandingChange(displayName, NORTHFIELD_GREEN, displayName + " Learner Services",
                "surveys@" + mailDomain, "learner-services@" + mailDomain, "Northfield"));
        branding.uploadLogo(logo(displayName), "northfield-logo.png");
        MessageWording invitation = templates.current(MessageKind.SURVEY_INVITATION);
        templates.save(MessageKind.SURVEY_INVITATION, new MessageWording.Draft(
                invitation.draft().emailSubject(),
                invitation.draft().emailBody().replace("it takes about two minutes",
                        "it takes about two minutes, and every answer helps us plan courses"),
                invitation.draft().smsText()));
        Instant sent = clock.instant().minus(Duration.ofDays(3));
        pastMessages.recordDeliveredSms(new OutgoingSms("demo:welcome-sms", "SURVEY_INVITATION", "+447700900001",
                        "Northfield College: welcome to our new learner portal.", "Northfield"),
                "demo-0001", sent, "delivered", sent.plusSeconds(4), "Waymark demo data");
        messages.queueEmail(MessageKind.SURVEY_INVITATION, "demo:test-invitation", "admin@" + mailDomain, Map.of(
                "learner.firstName", "Priya", "survey.link", links.link("/survey/DEMO"),
                "survey.expiresOn", "31 December 2026", "unsubscribe.link", links.link("/unsubscribe/DEMO")));
        for (UserSummary user : users.findUsers("", 0, 50)) {
            notifications.post(user.id(), "Welcome to Waymark",
                    "Your organisation's branding and message wording are ready to review.", "settings/branding");
        }
    }

    /** A simple word-mark: an initial in a green square and the name beside it. */
    private static byte[] logo(String name) {
        BufferedImage image = new BufferedImage(480, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color green = Color.decode(NORTHFIELD_GREEN);
            g.setColor(green);
            g.fillRoundRect(8, 8, 104, 104, 24, 24);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(6));
            g.drawLine(30, 88, 60, 32);
            g.drawLine(60, 32, 90, 88);
            g.setColor(green);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            String[] words = name.split(" ", 2);
            g.drawString(words[0], 128, 58);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
            g.drawString(words.length > 1 ? words[1] : "", 128, 98);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
