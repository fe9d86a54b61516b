package app.waymark.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Delivery settings. SMS goes through Vonage only when an API key is set; email through SMTP only when
 * {@code spring.mail.host} is set. Otherwise messages go to the log, which start-up says loudly.
 */
@ConfigurationProperties("waymark.notification")
public record NotificationProperties(Retry retry, Email email, Sms sms) {

    public NotificationProperties {
        retry = retry == null ? new Retry(null, null, null) : retry;
        email = email == null ? new Email(null, null) : email;
        sms = sms == null ? new Sms(null, null, null, null, null, null, null) : sms;
    }

    /** Attempts are spaced by an exponential backoff with jitter, capped, and stop after maxAttempts. */
    public record Retry(Integer maxAttempts, Duration firstDelay, Duration maxDelay) {
        public Retry {
            maxAttempts = maxAttempts == null ? 10 : maxAttempts;
            firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
            maxDelay = maxDelay == null ? Duration.ofHours(2) : maxDelay;
        }
    }

    /** The platform's sender, used until a provider sets up its own. */
    public record Email(String fromAddress, String fromName) {
        public Email {
            fromAddress = blank(fromAddress) ? "no-reply@waymark.example" : fromAddress;
            fromName = blank(fromName) ? "Waymark" : fromName;
        }
    }

    public record Sms(String apiKey, String apiSecret, String baseUrl, Integer requestsPerSecond, Duration timeout,
                      String defaultSenderId, String signatureSecret) {
        public Sms {
            baseUrl = blank(baseUrl) ? "https://rest.nexmo.com" : baseUrl;
            requestsPerSecond = requestsPerSecond == null ? 30 : requestsPerSecond;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            defaultSenderId = blank(defaultSenderId) ? "Waymark" : defaultSenderId;
        }

        public boolean configured() {
            return !blank(apiKey) && !blank(apiSecret);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
