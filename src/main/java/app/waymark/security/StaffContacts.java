package app.waymark.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who to tell, for notifications only: enabled staff of the current provider with the address their emails go to.
 * There is deliberately no permission check, because the callers are listeners that run for whoever caused an
 * event (a learner, Waymark itself) and jobs that run with no user at all, in the provider's tenant context; row
 * security still keeps them to that provider. Do not use it to show staff to users: {@link StaffMembers} is for that.
 */
@Service
public class StaffContacts {

    private final StaffUserRepository users;

    StaffContacts(StaffUserRepository users) {
        this.users = users;
    }

    /** These members of staff, by id, leaving out those not found or disabled (a disabled account is told nothing). */
    @Transactional(readOnly = true)
    public Map<UUID, StaffContact> enabled(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids).stream().filter(StaffUser::enabled)
                .collect(Collectors.toMap(StaffUser::id, StaffContacts::contact, (a, b) -> a, LinkedHashMap::new));
    }

    /** Enabled staff who hold at least one of the permissions through their roles, each once, by name. */
    @Transactional(readOnly = true)
    public List<StaffContact> enabledHoldingAny(Collection<String> permissions) {
        Map<UUID, StaffContact> found = new LinkedHashMap<>();
        for (String permission : permissions) {
            users.enabledHolding(permission).forEach(user -> found.putIfAbsent(user.id(), contact(user)));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(StaffContact::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static StaffContact contact(StaffUser user) {
        return new StaffContact(user.id(), user.displayName(), user.email());
    }
}
