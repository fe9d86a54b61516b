package app.waymark.demo;

import app.waymark.base.security.Actor;
import app.waymark.base.security.Permission;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Waymark itself, acting through the normal services (with their checks and audit) to seed demo data. */
record SystemActor(UUID id, String email, String displayName, UUID tenantId, String tenantName,
                   Set<String> roleNames, Set<String> permissions, boolean mustChangePassword) implements Actor {

    static UsernamePasswordAuthenticationToken authentication() {
        Set<String> permissions = new HashSet<>(Permission.TENANT_PERMISSIONS);
        permissions.add(Permission.PLATFORM_OPERATOR);
        SystemActor actor = new SystemActor(null, "system@waymark.invalid", "Waymark demo data", null, null,
                Set.of(), Set.copyOf(permissions), false);
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, permissions.stream()
                .map(p -> new SimpleGrantedAuthority(Permission.authority(p))).toList());
    }
}
