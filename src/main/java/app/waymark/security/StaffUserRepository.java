package app.waymark.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface StaffUserRepository extends JpaRepository<StaffUser, UUID> {

    @Query("""
            select u from StaffUser u
            where lower(u.email) like lower(concat('%', :search, '%'))
               or lower(u.displayName) like lower(concat('%', :search, '%'))
            """)
    List<StaffUser> search(String search, Pageable pageable);

    @Query("""
            select count(u) from StaffUser u
            where lower(u.email) like lower(concat('%', :search, '%'))
               or lower(u.displayName) like lower(concat('%', :search, '%'))
            """)
    long countSearch(String search);

    @Query("""
            select distinct u from StaffUser u join u.roles r join r.permissions p
            where p = :permission and u.enabled = true
            """)
    List<StaffUser> enabledHolding(String permission);

    /** Names only: loading the users would load each one's roles and permissions too (eager), a query each. */
    @Query("select new app.waymark.security.StaffMember(u.id, u.displayName) from StaffUser u where u.id in :ids")
    List<StaffMember> members(Collection<UUID> ids);
}
