package app.waymark.security;

import app.waymark.base.security.Actor;
import app.waymark.base.security.Permission;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A machine client authenticated by an API token: it may import ILR files for its provider, nothing else. */
record ApiClientPrincipal(UUID id, String displayName, UUID tenantId, String tenantName)
        implements Actor, Serializable {

    static final Set<String> PERMISSIONS = Set.of(Permission.ILR_IMPORT);

    @Override
    public String email() {
        return null;
    }

    @Override
    public Set<String> roleNames() {
        return Set.of("API token");
    }

    @Override
    public Set<String> permissions() {
        return PERMISSIONS;
    }

    @Override
    public boolean mustChangePassword() {
        return false;
    }

    List<SimpleGrantedAuthority> authorities() {
        return PERMISSIONS.stream().map(p -> new SimpleGrantedAuthority(Permission.authority(p))).toList();
    }
}
