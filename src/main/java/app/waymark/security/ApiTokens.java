package app.waymark.security;

import app.waymark.base.SecretTokens;

/** Token format and hashing: {@code wm_} and 43 characters of 256 random bits; SHA-256 is stored. */
final class ApiTokens {

    static final String PREFIX = "wm_";

    static String generate() {
        return PREFIX + SecretTokens.random();
    }

    static byte[] hash(String token) {
        return SecretTokens.sha256(token);
    }

    /** What lists show, enough to tell tokens apart. */
    static String displayPrefix(String token) {
        return token.substring(0, Math.min(token.length(), PREFIX.length() + 6)) + "…";
    }

    private ApiTokens() {
    }
}
