package app.waymark.security;

import app.waymark.base.PublicLinks;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Emails a person a new invitation link in their provider's wording and look (the Messages page), through the
 * outbox. Call inside a transaction of the person's tenant, with the change that causes it.
 */
@Component
class Invitations {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final AccountLinks links;
    private final BrandedMessages messages;
    private final PublicLinks publicLinks;
    private final AccountLinkProperties properties;

    Invitations(AccountLinks links, BrandedMessages messages, PublicLinks publicLinks,
                AccountLinkProperties properties) {
        this.links = links;
        this.messages = messages;
        this.publicLinks = publicLinks;
        this.properties = properties;
    }

    /** Withdraws the person's open invitation, if any, and sends a new one. */
    AccountLinks.Link send(StaffUser user, String invitedBy) {
        AccountLinks.Issued issued = links.issue(user.id(), AccountLinkKind.INVITATION,
                properties.invitationValidity(), invitedBy);
        messages.queueEmail(MessageKind.STAFF_INVITATION, "staff-invitation:" + issued.link().id(), user.email(),
                Map.of("staff.name", user.displayName(),
                        "invitation.link", publicLinks.link("/invitation/" + issued.token()),
                        "invitation.expiresOn", LONG_DATE.format(issued.link().expiresAt()),
                        "invitedBy.name", invitedBy));
        return issued.link();
    }
}
