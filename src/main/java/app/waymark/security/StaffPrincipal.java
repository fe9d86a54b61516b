package app.waymark.security;

import app.waymark.base.security.Actor;
import app.waymark.base.security.Permission;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person, kept in the HTTP session. Holds no password. {@code sessionGeneration} is the person's
 * session generation when they signed in: a higher one in the database ends this session ({@link SessionGenerations}).
 */
record StaffPrincipal(UUID id, String email, String displayName, UUID tenantId, String tenantName,
                      Set<String> roleNames, Set<String> permissions, boolean mustChangePassword,
                      long sessionGeneration)
        implements Actor, Serializable {

    static StaffPrincipal of(StaffUser user, String tenantName) {
        return new StaffPrincipal(user.id(), user.email(), user.displayName(), user.getTenantId(), tenantName,
                user.roleNames(), user.permissions(), user.mustChangePassword(), user.sessionGeneration());
    }

    static StaffPrincipal of(PlatformOperator operator) {
        return new StaffPrincipal(operator.id(), operator.email(), operator.displayName(), null, null,
                Set.of("Platform operator"), Set.of(Permission.PLATFORM_OPERATOR), false,
                operator.sessionGeneration());
    }

    /** This session after its person changed their password in it: it stays, older ones end. */
    StaffPrincipal withPasswordChanged(long newSessionGeneration) {
        return new StaffPrincipal(id, email, displayName, tenantId, tenantName, roleNames, permissions, false,
                newSessionGeneration);
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
