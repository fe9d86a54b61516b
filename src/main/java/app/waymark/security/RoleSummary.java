package app.waymark.security;

import java.util.Set;
import java.util.UUID;

public record RoleSummary(UUID id, String code, String name, Set<String> permissions) {
}
