package app.waymark.notification.api;

import com.vonage.client.auth.RequestSigning;
import com.vonage.client.auth.hashutils.HashType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VonageSignatureTest {

    private static final String SECRET = "signature-secret";
    private final VonageSignature signature = new VonageSignature(SECRET);

    private static Map<String, String> receipt() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("messageId", "0A0000000123ABCD1");
        parameters.put("status", "delivered");
        parameters.put("msisdn", "447700900123");
        parameters.put("err-code", "0");
        parameters.put("message-timestamp", "2026-11-23 10:00:00");
        return parameters;
    }

    @Test
    void a_receipt_signed_by_the_vonage_sdk_with_hmac_sha256_is_accepted() {
        Map<String, String> signed = new HashMap<>(receipt());
        signed.putAll(RequestSigning.getSignatureForRequestParameters(receipt(), SECRET, HashType.HMAC_SHA256));

        assertThat(signature.valid(signed, Instant.now())).isTrue();
    }

    @Test
    void a_changed_parameter_breaks_the_signature() {
        Map<String, String> signed = new HashMap<>(receipt());
        signed.putAll(RequestSigning.getSignatureForRequestParameters(receipt(), SECRET, HashType.HMAC_SHA256));
        signed.put("status", "failed");

        assertThat(signature.valid(signed, Instant.now())).isFalse();
    }

    @Test
    void a_signature_with_another_secret_is_refused() {
        Map<String, String> signed = new HashMap<>(receipt());
        signed.putAll(RequestSigning.getSignatureForRequestParameters(receipt(), "someone-else", HashType.HMAC_SHA256));

        assertThat(signature.valid(signed, Instant.now())).isFalse();
    }

    @Test
    void a_receipt_signed_more_than_five_minutes_ago_is_refused_as_a_replay() {
        Map<String, String> signed = new HashMap<>(receipt());
        signed.putAll(RequestSigning.getSignatureForRequestParameters(receipt(), SECRET, HashType.HMAC_SHA256));

        assertThat(signature.valid(signed, Instant.now().plus(Duration.ofMinutes(6)))).isFalse();
    }

    @Test
    void an_unsigned_receipt_is_refused() {
        Map<String, String> unsigned = new HashMap<>(receipt());
        unsigned.put("timestamp", Long.toString(Instant.now().getEpochSecond()));

        assertThat(signature.valid(unsigned, Instant.now())).isFalse();
    }
}
