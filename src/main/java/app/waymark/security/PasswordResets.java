package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.PublicLinks;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.tenant.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;
import java.util.Map;

/**
 * "Forgot your password?": emails a member of staff a link to choose a new password. The answer and its timing are
 * the same whether or not the address is known: the lookup and the email happen after the answer, on another
 * thread. Requests are limited per address and per client (IPv6 by /64); over a limit nothing is sent.
 * Platform operators are not served here (their messages would have no provider to come from).
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final StaffDirectory directory;
    private final StaffUserRepository users;
    private final AccountLinks links;
    private final BrandedMessages messages;
    private final PublicLinks publicLinks;
    private final RequestCounter counter;
    private final AccountLinkProperties properties;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;

    PasswordResets(StaffDirectory directory, StaffUserRepository users, AccountLinks links, BrandedMessages messages,
                   PublicLinks publicLinks, RequestCounter counter, AccountLinkProperties properties,
                   AuditService audit, PlatformTransactionManager transactionManager,
                   @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.directory = directory;
        this.users = users;
        this.links = links;
        this.messages = messages;
        this.publicLinks = publicLinks;
        this.counter = counter;
        this.properties = properties;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.executor = executor;
    }

    /** How long a reset link works, for the page to say. */
    public long linkMinutes() {
        return properties.resetValidity().toMinutes();
    }

    /** Takes a request; the email, if any, follows shortly. */
    public void request(String email, String clientAddress) {
        String address = normalise(email);
        if (accept(address, clientAddress)) {
            executor.execute(() -> {
                try {
                    sendIfKnown(address);
                } catch (RuntimeException e) {
                    log.error("A password reset link could not be queued", e);
                }
            });
        }
    }

    /** Counts the request against both limits; true when it is to be served. */
    boolean accept(String address, String clientAddress) {
        boolean clientAllowed = counter.allow("reset-client:" + ClientAddresses.limitKey(clientAddress),
                properties.resetsPerClient(), properties.resetWindow());
        boolean accountAllowed = counter.allow("reset-account:" + address, properties.resetsPerAccount(),
                properties.resetWindow());
        if (!clientAllowed || !accountAllowed || address.isEmpty()) {
            log.info("Password reset request not served: {}", !clientAllowed ? "client over its limit"
                    : !accountAllowed ? "address over its limit" : "no address");
            return false;
        }
        return true;
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** The work behind a request; package-visible so tests can run it on their own thread. */
    void sendIfKnown(String address) {
        directory.staffCredentials(address)
                .filter(staff -> staff.enabled() && staff.tenantActive() && staff.passwordHash() != null)
                .ifPresent(staff -> TenantContext.runAs(staff.tenantId(), () -> transactions.executeWithoutResult(
                        status -> send(staff, address))));
    }

    private void send(StaffDirectory.StaffCredentials staff, String address) {
        StaffUser user = users.findById(staff.userId()).orElseThrow();
        AccountLinks.Issued issued = links.issue(user.id(), AccountLinkKind.PASSWORD_RESET,
                properties.resetValidity(), "password reset request");
        messages.queueEmail(MessageKind.PASSWORD_RESET, "password-reset:" + issued.link().id(), user.email(),
                Map.of("staff.name", user.displayName(),
                        "reset.link", publicLinks.link("/password-reset/" + issued.token()),
                        "reset.expiresInMinutes", Long.toString(linkMinutes())));
        audit.recordAs(user.id(), user.displayName(), AuditEntry.of(AuditActions.PASSWORD_RESET_REQUESTED,
                "staff_user", user.id()).after(Map.of("email", user.email())));
    }
}
