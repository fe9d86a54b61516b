package app.waymark.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    List<ApiToken> findAllByOrderByCreatedAtDesc();
}
