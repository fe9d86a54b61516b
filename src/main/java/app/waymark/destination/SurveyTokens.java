package app.waymark.destination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Survey link tokens: 256 random bits, URL-safe; only their SHA-256 is stored. */
final class SurveyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Token(String value, byte[] hash) {
    }

    static Token next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Token(value, hash(value));
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SurveyTokens() {
    }
}
