package app.waymark.security;

import app.waymark.IntegrationTest;
import app.waymark.audit.AuditFilter;
import app.waymark.audit.AuditService;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MethodSecurityTest extends IntegrationTest {

    @Autowired
    UserService users;
    @Autowired
    TenantService tenants;
    @Autowired
    AuditService audit;

    @Test
    void a_tutor_calling_user_management_is_denied() {
        signIn("tutor@northfield.example");
        assertThatThrownBy(() -> users.findUsers(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.invite("x@northfield.example", "X", Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_provider_admin_cannot_manage_tenants_and_an_operator_cannot_read_tenant_users() {
        signIn(NORTHFIELD_ADMIN);
        assertThatThrownBy(() -> tenants.list()).isInstanceOf(AccessDeniedException.class);
        signIn(OPERATOR);
        assertThatThrownBy(() -> users.findUsers(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_is_denied_too() {
        assertThatThrownBy(() -> users.countUsers(null)).isInstanceOf(
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void compliance_may_read_the_audit_trail() {
        signIn("compliance@northfield.example");
        assertThat(audit.count(AuditFilter.none())).isPositive();
    }
}
