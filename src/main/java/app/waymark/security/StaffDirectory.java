package app.waymark.security;

import app.waymark.tenant.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Finds who is signing in, before any tenant is known, through the database's narrow sign-in lookup. */
@Component
class StaffDirectory {

    record StaffCredentials(UUID userId, UUID tenantId, String passwordHash, boolean enabled, boolean tenantActive,
                            String tenantName) {
    }

    private final JdbcTemplate jdbc;
    private final StaffUserRepository users;
    private final PlatformOperatorRepository operators;
    private final TransactionTemplate readOnly;

    StaffDirectory(JdbcTemplate jdbc, StaffUserRepository users, PlatformOperatorRepository operators,
                   PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.users = users;
        this.operators = operators;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    Optional<StaffCredentials> staffCredentials(String email) {
        return jdbc.query("select * from staff_sign_in_lookup(?)", (rs, row) -> new StaffCredentials(
                rs.getObject("user_id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("password_hash"), rs.getBoolean("enabled"),
                "ACTIVE".equals(rs.getString("tenant_status")), rs.getString("tenant_name")), email)
                .stream().findFirst();
    }

    Optional<PlatformOperator> operator(String email) {
        return readOnly.execute(status -> operators.findByEmail(email));
    }

    StaffPrincipal principal(StaffCredentials credentials, Instant signedInAt) {
        return TenantContext.callAs(credentials.tenantId(), () -> readOnly.execute(status -> StaffPrincipal.of(
                users.findById(credentials.userId()).orElseThrow(), credentials.tenantName(), signedInAt)));
    }

    boolean emailTaken(String email) {
        Boolean taken = jdbc.queryForObject("select staff_email_taken(?)", Boolean.class, email);
        return Boolean.TRUE.equals(taken) || operator(email).isPresent();
    }
}
