package app.waymark.security;

/** A new token and its secret, which is shown this once and never stored. */
public record CreatedApiToken(ApiTokenSummary summary, String token) {
}
