package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.tenant.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.UUID;

/**
 * Writes sign-in events in their own transaction: a refused sign-in throws, but its audit event must stay. Events of a
 * known staff member go to their tenant's trail; the rest to the platform trail.
 */
@Component
class SignInAuditor {

    private final AuditService audit;
    private final TransactionTemplate newTransaction;

    SignInAuditor(AuditService audit, PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void staffEvent(UUID tenantId, UUID userId, String email, String action, String address) {
        staffEvent(tenantId, userId, email, action, Map.of("address", address));
    }

    void staffEvent(UUID tenantId, UUID userId, String email, String action, Map<String, ?> details) {
        TenantContext.runAs(tenantId, () -> newTransaction.executeWithoutResult(status ->
                audit.recordAs(userId, email, AuditEntry.of(action, "staff_user", userId).after(details))));
    }

    void platformEvent(UUID actorId, String email, String action, String address) {
        platformEvent(actorId, email, action, Map.of("address", address));
    }

    void platformEvent(UUID actorId, String email, String action, Map<String, ?> details) {
        newTransaction.executeWithoutResult(status ->
                audit.recordPlatformAs(actorId, email, AuditEntry.of(action, "sign_in", email).after(details)));
    }

    /** An event of a signed-in person's session, on their provider's trail or the platform's. */
    void sessionEvent(StaffPrincipal principal, String action, Map<String, ?> details) {
        if (principal.isPlatformOperator()) {
            platformEvent(principal.id(), principal.email(), action, details);
        } else {
            staffEvent(principal.tenantId(), principal.id(), principal.email(), action, details);
        }
    }

}
