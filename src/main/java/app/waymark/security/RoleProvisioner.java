package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gives a new tenant the standard roles. Runs after the tenant's own transaction commits (the roles reference it),
 * in a transaction of the new tenant, and only adds what is missing, so it is safe to run again.
 */
@Component
class RoleProvisioner {

    private final RoleRepository roles;
    private final AuditService audit;
    private final TransactionTemplate newTransaction;

    RoleProvisioner(RoleRepository roles, AuditService audit, PlatformTransactionManager transactionManager) {
        this.roles = roles;
        this.audit = audit;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(TenantCreated event) {
        ensureStandardRoles(event.tenantId());
    }

    void ensureStandardRoles(UUID tenantId) {
        TenantContext.runAs(tenantId, () -> newTransaction.executeWithoutResult(status -> {
            Set<String> existing = roles.findAll().stream().map(Role::code).collect(Collectors.toSet());
            Arrays.stream(StandardRole.values())
                    .filter(role -> !existing.contains(role.name()))
                    .forEach(role -> {
                        Role created = roles.save(new Role(role.name(), role.displayName(), true, role.permissions()));
                        audit.record(AuditEntry.of(AuditActions.ROLE_CREATED, "role", created.id())
                                .after(Map.of("name", role.displayName(), "permissions", role.permissions())));
                    });
        }));
    }
}
