package app.waymark.security;

import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The signed-in provider's staff, for features that assign people (a learner's primary tutor and work coach). */
@Service
public class StaffMembers {

    private final StaffUserRepository users;

    StaffMembers(StaffUserRepository users) {
        this.users = users;
    }

    /** Enabled staff who hold the permission through one of their roles, by name. */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public List<StaffMember> holding(String permission) {
        return users.enabledHolding(permission).stream().map(StaffMembers::member)
                .sorted(Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Any member of staff, enabled or not (e.g. to name one assigned earlier). */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public Optional<StaffMember> find(UUID id) {
        return users.findById(id).map(StaffMembers::member);
    }

    /** The names of these members of staff, by id (ids not found are left out). */
    @PreAuthorize("hasRole('" + Permission.LEARNER_VIEW + "')")
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        return users.members(ids).stream()
                .collect(java.util.stream.Collectors.toMap(StaffMember::id, StaffMember::displayName));
    }

    private static StaffMember member(StaffUser user) {
        return new StaffMember(user.id(), user.displayName());
    }
}
