package app.waymark.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Token format and hashing: {@code wm_} and 43 characters of 256 random bits; SHA-256 is stored. */
final class ApiTokens {

    static final String PREFIX = "wm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What lists show, enough to tell tokens apart. */
    static String displayPrefix(String token) {
        return token.substring(0, Math.min(token.length(), PREFIX.length() + 6)) + "…";
    }

    private ApiTokens() {
    }
}
