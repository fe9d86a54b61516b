package app.waymark.notification;

import java.util.Optional;
import java.util.Set;

/**
 * Who an email is from. The provider's own address only on a domain approved for it (exactly that domain, no
 * subdomains); otherwise the platform's address with the provider's name, and the provider's address as Reply-To
 * (its own Reply-To when it set one), so answers still reach it.
 */
final class SenderRule {

    static EmailSender decide(OutgoingEmail.Sender requested, Set<String> approvedDomains,
                              NotificationProperties.Email platform) {
        String name = requested == null || requested.name() == null ? platform.fromName() : requested.name();
        String address = requested == null ? null : requested.address();
        String replyTo = requested == null ? null : requested.replyTo();
        if (address == null) {
            return new EmailSender(name, platform.fromAddress(), replyTo, EmailSender.Basis.PLATFORM, null, null);
        }
        Optional<String> domain = SendingDomainNames.domainOf(address);
        if (domain.isPresent() && approvedDomains.contains(domain.get())) {
            return new EmailSender(name, address, replyTo, EmailSender.Basis.OWN_APPROVED_DOMAIN, address,
                    domain.get());
        }
        return new EmailSender(name, platform.fromAddress(), replyTo != null ? replyTo : address,
                EmailSender.Basis.DOMAIN_NOT_APPROVED, address, domain.orElse(null));
    }

    private SenderRule() {
    }
}
