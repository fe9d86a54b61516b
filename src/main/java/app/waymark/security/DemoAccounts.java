package app.waymark.security;

import app.waymark.tenant.TenantContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Demo sign-ins: one user per standard role in a tenant ({@code <role mailbox>@<domain>}) and a platform operator.
 * Used only by demo data seeding; adds only what is missing.
 */
@Component
public class DemoAccounts {

    private final UserService userService;
    private final RoleRepository roles;
    private final RoleProvisioner roleProvisioner;
    private final PlatformOperatorRepository operators;
    private final StaffDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAccounts(UserService userService, RoleRepository roles, RoleProvisioner roleProvisioner,
                 PlatformOperatorRepository operators, StaffDirectory directory, PasswordEncoder passwordEncoder,
                 PlatformTransactionManager transactionManager, Clock clock) {
        this.userService = userService;
        this.roles = roles;
        this.roleProvisioner = roleProvisioner;
        this.operators = operators;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Gives the tenant one user per standard role, named from {@code people} in role order (the last name is reused
     * if there are fewer). Returns their emails. Call as an actor who may manage users.
     */
    public List<String> ensureStaffPerRole(UUID tenantId, String mailDomain, List<String> people, String password) {
        roleProvisioner.ensureStandardRoles(tenantId);
        StandardRole[] standardRoles = StandardRole.values();
        return TenantContext.callAs(tenantId, () -> Arrays.stream(standardRoles).map(role -> {
            String email = role.demoMailbox() + "@" + mailDomain;
            ensureUser(email, people.get(Math.min(role.ordinal(), people.size() - 1)), role, password);
            return email;
        }).toList());
    }

    /**
     * Gives the tenant more demo users of the standard role whose demo mailbox is {@code roleMailbox}, one per name:
     * {@code <roleMailbox>-2@<domain>}, {@code -3}, and so on. Returns their emails. Call after
     * {@link #ensureStaffPerRole}, as an actor who may manage users.
     */
    public List<String> ensureColleagues(UUID tenantId, String mailDomain, String roleMailbox, List<String> names,
                                         String password) {
        StandardRole role = Arrays.stream(StandardRole.values())
                .filter(candidate -> candidate.demoMailbox().equals(roleMailbox)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No standard role has the demo mailbox "
                        + roleMailbox));
        return TenantContext.callAs(tenantId, () -> IntStream.range(0, names.size()).mapToObj(index -> {
            String email = roleMailbox + "-" + (index + 2) + "@" + mailDomain;
            ensureUser(email, names.get(index), role, password);
            return email;
        }).toList());
    }

    private void ensureUser(String email, String name, StandardRole role, String password) {
        if (!directory.emailTaken(email)) {
            UUID roleId = transaction.execute(status -> roles.findByCodeIn(List.of(role.name())).getFirst().id());
            userService.createWithPassword(email, name, Set.of(roleId), password);
        }
    }

    /**
     * A newcomer invited through the real invitation (its email goes through the outbox, to the log without SMTP),
     * who has not chosen a password yet, so the Users page shows an open invitation. Call as a provider admin.
     */
    public void ensureInvitedNewcomer(UUID tenantId, String mailDomain, String name) {
        String email = "new.starter@" + mailDomain;
        TenantContext.runAs(tenantId, () -> {
            if (!directory.emailTaken(email)) {
                UUID tutor = transaction.execute(status -> roles.findByCodeIn(List.of(StandardRole.TUTOR.name()))
                        .getFirst().id());
                userService.invite(email, name, Set.of(tutor));
            }
        });
    }

    /**
     * Runs {@code work} signed in as the demo user with this email (as if they had signed in, without the sign-in
     * trail), so demo records are made through the real services under that person's permissions.
     */
    public <T> T actingAs(String email, java.util.function.Supplier<T> work) {
        StaffDirectory.StaffCredentials staff = directory.staffCredentials(email)
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + email));
        org.springframework.security.core.context.SecurityContext previous =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext acting =
                org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(directory.principal(staff, clock.instant()).authentication());
        org.springframework.security.core.context.SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    public void ensureOperator(String email, String displayName, String password) {
        transaction.executeWithoutResult(status -> {
            if (operators.findByEmail(email).isEmpty()) {
                operators.save(new PlatformOperator(email, displayName, passwordEncoder.encode(password),
                        clock.instant()));
            }
        });
    }
}
