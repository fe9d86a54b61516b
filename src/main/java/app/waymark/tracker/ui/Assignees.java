package app.waymark.tracker.ui;

import app.waymark.base.security.Permission;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Who trackers can be allocated to: staff who can move one on (edit, pre-authorise or process), by name. */
final class Assignees {

    static List<StaffMember> candidates(StaffMembers staff) {
        Map<UUID, StaffMember> byId = new LinkedHashMap<>();
        Stream.of(Permission.TRACKER_EDIT, Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS)
                .flatMap(permission -> staff.holding(permission).stream())
                .forEach(member -> byId.putIfAbsent(member.id(), member));
        return byId.values().stream()
                .sorted(Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private Assignees() {
    }
}
