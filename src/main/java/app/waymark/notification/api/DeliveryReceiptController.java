package app.waymark.notification.api;

import app.waymark.notification.DeliveryReceipts;
import app.waymark.notification.NotificationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

/**
 * Vonage SMS delivery receipts (GET or form POST, as configured in Vonage's dashboard). Only signed receipts are
 * accepted, so without a signature secret configured the webhook refuses everything. Vonage retries until it gets
 * a 2xx, so a receipt for an unknown message is acknowledged (and ignored) too.
 */
@RestController
class DeliveryReceiptController {

    static final String PATH = "/webhooks/vonage/delivery-receipts";

    private final DeliveryReceipts receipts;
    private final VonageSignature signature;
    private final Clock clock;

    DeliveryReceiptController(DeliveryReceipts receipts, NotificationProperties properties, Clock clock) {
        String secret = properties.sms().signatureSecret();
        this.receipts = receipts;
        this.signature = secret == null || secret.isBlank() ? null : new VonageSignature(secret);
        this.clock = clock;
    }

    @RequestMapping(path = PATH, method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Map<String, String>> receive(@RequestParam Map<String, String> parameters) {
        if (signature == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("error", "Delivery receipts are not enabled: no signature secret is configured"));
        }
        if (!signature.valid(parameters, clock.instant())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of("error", "Missing, stale or wrong signature"));
        }
        String messageId = parameters.get("messageId");
        String status = parameters.get("status");
        if (messageId == null || status == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "messageId and status are required"));
        }
        DeliveryReceipts.Result result = receipts.apply(messageId, status, parameters.get("err-code"),
                parameters.get("message-timestamp"));
        return ResponseEntity.ok(Map.of("result", result.name()));
    }
}
