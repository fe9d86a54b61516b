package app.waymark.notification;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The sending domains the platform operator approves per provider, and the sender that follows from them. A provider's
 * own From address is used only on a domain approved for it; otherwise mail goes from the platform's address with the
 * provider's name and its address as Reply-To. Delivery asks at send time, so a withdrawal reaches messages already
 * queued (decision 0024). The approvals are the provider's rows (row security): the operator, who has no tenant,
 * reads and writes them in that provider's context. Approving and withdrawing are on the platform audit trail.
 */
@Service
public class SendingDomains {

    public record ApprovedDomain(String domain, Instant approvedAt, String approvedBy) {
    }

    /** The outcome of an approval: {@code newlyApproved} is false when the domain was already approved. */
    public record Approval(String domain, boolean newlyApproved) {
    }

    private final ApprovedSendingDomainQueries queries;
    private final TenantService tenants;
    private final AuditService audit;
    private final NotificationProperties properties;
    private final TransactionTemplate inOwnTransaction;
    private final Clock clock;

    SendingDomains(ApprovedSendingDomainQueries queries, TenantService tenants, AuditService audit,
                   NotificationProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.queries = queries;
        this.tenants = tenants;
        this.audit = audit;
        this.properties = properties;
        this.inOwnTransaction = new TransactionTemplate(transactionManager);
        this.inOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public List<ApprovedDomain> approvedFor(UUID providerId) {
        return inProvider(providerId, queries::list);
    }

    /** Every provider's approved domains, for the operator's list of providers. */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public Map<UUID, List<String>> approvedByProvider() {
        Map<UUID, List<String>> byProvider = new LinkedHashMap<>();
        for (TenantSummary provider : tenants.list()) {
            List<String> domains = inProvider(provider.id(), queries::list).stream().map(ApprovedDomain::domain)
                    .toList();
            if (!domains.isEmpty()) {
                byProvider.put(provider.id(), domains);
            }
        }
        return byProvider;
    }

    /**
     * Lets the provider send from its own addresses at exactly this domain (not its subdomains). Approving a domain
     * already approved changes nothing and records nothing.
     */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public Approval approve(UUID providerId, String typedDomain) {
        String domain = SendingDomainNames.normalise(typedDomain);
        String platformDomain = SendingDomainNames.domainOf(properties.email().fromAddress()).orElse(null);
        if (domain.equals(platformDomain)) {
            throw new InvalidInputException("domain", domain + " is Waymark's own sending domain: a provider cannot"
                    + " send from it as itself.");
        }
        TenantSummary provider = provider(providerId);
        boolean added = inProvider(providerId, () -> {
            boolean inserted = queries.insert(domain, clock.instant(),
                    CurrentActor.displayNameOr(CurrentActor.SYSTEM_NAME));
            if (inserted) {
                audit.recordPlatform(AuditEntry.of(AuditActions.SENDING_DOMAIN_APPROVED, "tenant", providerId)
                        .after(details(provider, domain)));
            }
            return inserted;
        });
        return new Approval(domain, added);
    }

    /**
     * The provider's mail from this domain goes from the platform's address again, including messages already
     * queued. Returns false (and records nothing) when the domain was not approved.
     */
    @PreAuthorize("hasRole('" + Permission.PLATFORM_OPERATOR + "')")
    public boolean withdraw(UUID providerId, String domain) {
        TenantSummary provider = provider(providerId);
        String normalised = SendingDomainNames.normalise(domain);
        return inProvider(providerId, () -> {
            boolean removed = queries.delete(normalised);
            if (removed) {
                audit.recordPlatform(AuditEntry.of(AuditActions.SENDING_DOMAIN_WITHDRAWN, "tenant", providerId)
                        .before(details(provider, normalised)));
            }
            return removed;
        });
    }

    /**
     * The sender the current provider's email leaves with now, from the approvals as they are at this moment:
     * asked at delivery, in the message's tenant and transaction, and by the Branding page to say which and why.
     */
    @Transactional(readOnly = true)
    public EmailSender senderFor(OutgoingEmail.Sender requested) {
        boolean ownAddress = requested != null && requested.address() != null;
        return SenderRule.decide(requested, ownAddress ? queries.domains() : Set.of(), properties.email());
    }

    /** Runs {@code work} in a transaction of its own as the provider, whatever the caller's tenant (none, for the operator). */
    private <T> T inProvider(UUID providerId, Supplier<T> work) {
        return TenantContext.callAs(providerId, () -> inOwnTransaction.execute(status -> work.get()));
    }

    private TenantSummary provider(UUID providerId) {
        return tenants.list().stream().filter(tenant -> tenant.id().equals(providerId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("provider", "There is no such provider."));
    }

    private static Map<String, Object> details(TenantSummary provider, String domain) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider.name());
        details.put("domain", domain);
        return details;
    }
}
