package app.waymark.notification.api;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks Vonage's signed-webhook signature (HMAC-SHA256 method): the parameters other than {@code sig}, sorted by
 * name, written as {@code &name=value} with {@code &} and {@code =} in names and values replaced by {@code _}, signed
 * with the signature secret; the {@code timestamp} parameter must be recent. The SDK's own checker logs the signed
 * string and only does MD5, hence this small class.
 */
final class VonageSignature {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final byte[] secret;

    VonageSignature(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    boolean valid(Map<String, String> parameters, Instant now) {
        String signature = parameters.get("sig");
        String timestamp = parameters.get("timestamp");
        if (signature == null || timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(signedAt, now).abs().compareTo(MAX_AGE) > 0) {
            return false;
        }
        byte[] expected = sign(parameters).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    String sign(Map<String, String> parameters) {
        StringBuilder signed = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("sig")) {
                signed.append('&').append(clean(name)).append('=').append(clean(value));
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[&=]", "_");
    }
}
