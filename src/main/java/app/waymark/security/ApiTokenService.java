package app.waymark.security;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Provider admins create, list and revoke API tokens; every change is audited. */
@Service
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final AuditService audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Permission.API_TOKENS_MANAGE + "')")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list() {
        return tokens.findAllByOrderByCreatedAtDesc().stream().map(ApiToken::summary).toList();
    }

    @PreAuthorize("hasRole('" + Permission.API_TOKENS_MANAGE + "')")
    @Transactional
    public CreatedApiToken create(String name) {
        return create(name, ApiTokens.generate());
    }

    /** Creates a token with a given secret (demo data only: its demo tokens are published in the README). */
    @PreAuthorize("hasRole('" + Permission.API_TOKENS_MANAGE + "')")
    @Transactional
    public CreatedApiToken createWithSecret(String name, String token) {
        return create(name, token);
    }

    @PreAuthorize("hasRole('" + Permission.API_TOKENS_MANAGE + "')")
    @Transactional
    public ApiTokenSummary revoke(UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .orElseThrow(() -> new InvalidInputException("token", "No API token with id " + tokenId));
        if (!token.revoked()) {
            token.revoke(actorName(), clock.instant());
            audit.record(AuditEntry.of(AuditActions.API_TOKEN_REVOKED, "api_token", tokenId)
                    .after(Map.of("name", token.name())));
        }
        return token.summary();
    }

    private CreatedApiToken create(String name, String secret) {
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException("name", "Name is required (at most 100 characters), e.g. 'MIS nightly upload'");
        }
        ApiToken token = tokens.save(new ApiToken(cleanName, ApiTokens.displayPrefix(secret), ApiTokens.hash(secret),
                actorName(), clock.instant()));
        audit.record(AuditEntry.of(AuditActions.API_TOKEN_CREATED, "api_token", token.id())
                .after(Map.of("name", cleanName)));
        return new CreatedApiToken(token.summary(), secret);
    }

    private static String actorName() {
        return CurrentActor.get().map(actor -> actor.displayName()).orElse("Waymark (system)");
    }
}
