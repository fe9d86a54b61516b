package app.waymark.security;

import app.waymark.base.security.Actor;
import app.waymark.base.security.Permission;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person, kept in the HTTP session. Holds no password. {@code sessionGeneration} is the person's
 * session generation when they signed in: a higher one in the database ends this session; {@code signedInAt} bounds
 * its whole life ({@link LiveSessions}).
 */
record StaffPrincipal(UUID id, String email, String displayName, UUID tenantId, String tenantName,
                      Set<String> roleNames, Set<String> permissions, boolean mustChangePassword,
                      long sessionGeneration, Instant signedInAt)
        implements Actor, Serializable {

    static final String OPERATOR_ROLE_NAME = "Platform operator";

    static StaffPrincipal of(StaffUser user, String tenantName, Instant signedInAt) {
        return new StaffPrincipal(user.id(), user.email(), user.displayName(), user.getTenantId(), tenantName,
                user.roleNames(), user.permissions(), user.mustChangePassword(), user.sessionGeneration(),
                signedInAt);
    }

    static StaffPrincipal of(PlatformOperator operator, Instant signedInAt) {
        return new StaffPrincipal(operator.id(), operator.email(), operator.displayName(), null, null,
                Set.of(OPERATOR_ROLE_NAME), Set.of(Permission.PLATFORM_OPERATOR), false,
                operator.sessionGeneration(), signedInAt);
    }

    /** This session after its person changed their password in it: it stays, older ones end. */
    StaffPrincipal withPasswordChanged(long newSessionGeneration) {
        return new StaffPrincipal(id, email, displayName, tenantId, tenantName, roleNames, permissions, false,
                newSessionGeneration, signedInAt);
    }

    /** This session after the person's roles were changed: it carries what the roles give now. */
    StaffPrincipal withAccess(Set<String> newRoleNames, Set<String> newPermissions) {
        return new StaffPrincipal(id, email, displayName, tenantId, tenantName, Set.copyOf(newRoleNames),
                Set.copyOf(newPermissions), mustChangePassword, sessionGeneration, signedInAt);
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities());
    }

    List<GrantedAuthority> authorities() {
        return permissions.stream().map(p -> (GrantedAuthority) new SimpleGrantedAuthority(Permission.authority(p)))
                .toList();
    }

    @Override
    public String toString() {
        return email;
    }
}
