package app.waymark.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface RoleRepository extends JpaRepository<Role, UUID> {

    List<Role> findAllByOrderByNameAsc();

    List<Role> findByCodeIn(Iterable<String> codes);
}
