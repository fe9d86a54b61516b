package app.waymark.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface PlatformOperatorRepository extends JpaRepository<PlatformOperator, UUID> {

    @Query("select o from PlatformOperator o where lower(o.email) = lower(:email)")
    Optional<PlatformOperator> findByEmail(String email);
}
