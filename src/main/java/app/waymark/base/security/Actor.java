package app.waymark.base.security;

import java.util.Set;
import java.util.UUID;

/** Who is signed in: a provider's staff member or a platform operator. */
public interface Actor {

    UUID id();

    String email();

    String displayName();

    /** The provider this actor works for; {@code null} for a platform operator. */
    UUID tenantId();

    /** The provider's name as it was when the actor signed in; {@code null} for a platform operator. */
    String tenantName();

    Set<String> roleNames();

    Set<String> permissions();

    boolean mustChangePassword();

    default boolean isPlatformOperator() {
        return tenantId() == null;
    }
}
