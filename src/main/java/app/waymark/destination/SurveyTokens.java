package app.waymark.destination;

import app.waymark.base.SecretTokens;

/** Survey link tokens: 256 random bits, URL-safe; only their SHA-256 is stored. */
final class SurveyTokens {

    record Token(String value, byte[] hash) {
    }

    static Token next() {
        String value = SecretTokens.random();
        return new Token(value, hash(value));
    }

    static byte[] hash(String token) {
        return SecretTokens.sha256(token);
    }

    private SurveyTokens() {
    }
}
