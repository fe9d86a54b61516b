package app.waymark.notification;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.VonageClientException;
import com.vonage.client.VonageResponseParseException;
import com.vonage.client.sms.MessageStatus;
import com.vonage.client.sms.SmsSubmissionResponse;
import com.vonage.client.sms.SmsSubmissionResponseMessage;
import com.vonage.client.sms.messages.TextMessage;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.SocketConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

import java.time.Duration;

/**
 * Sends SMS through Vonage's SMS API, under the shared rate limit of the API key. Vonage answers each submission
 * with a status per message part: 0 is accepted, "throttled" and internal errors are temporary, the rest (invalid
 * number, barred, ...) are refusals.
 */
final class VonageSmsGateway implements SmsGateway {

    private final VonageClient client;
    private final String baseUri;

    VonageSmsGateway(NotificationProperties.Sms properties, SharedRateLimiter rateLimiter) {
        this.baseUri = properties.baseUrl();
        this.client = VonageClient.builder()
                .apiKey(properties.apiKey())
                .apiSecret(properties.apiSecret())
                .httpConfig(HttpConfig.builder()
                        .baseUri(properties.baseUrl())
                        .timeoutMillis((int) properties.timeout().toMillis())
                        .build())
                .httpClient(httpClient(properties.timeout(), rateLimiter))
                .build();
    }

    /**
     * The rate limit is applied by the HTTP client itself, as the last step before a request goes out: waiting
     * earlier (before the SDK builds the request, before its first-use set-up) lets requests bunch up after their
     * slots. No automatic retries: the outbox decides about retrying.
     */
    private static CloseableHttpClient httpClient(Duration timeout, SharedRateLimiter rateLimiter) {
        int millis = (int) timeout.toMillis();
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setDefaultMaxPerRoute(50);
        connections.setMaxTotal(50);
        connections.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build());
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(millis)
                        .setConnectionRequestTimeout(millis).setSocketTimeout(millis).build())
                .addInterceptorLast((HttpRequestInterceptor) (request, context) -> rateLimiter.awaitSlot())
                .disableAutomaticRetries()
                .useSystemProperties()
                .build();
    }

    @Override
    public DeliveryOutcome send(SmsToSend sms) {
        TextMessage message = new TextMessage(sms.from(), sms.to().substring(1), sms.text(),
                SmsLength.measure(sms.text()).encoding() == SmsLength.Encoding.UCS_2);
        SmsSubmissionResponse response;
        try {
            response = client.getSmsClient().submitMessage(message);
        } catch (VonageResponseParseException e) {
            return new DeliveryOutcome.TemporaryFailure("Unreadable answer from Vonage: " + e.getMessage());
        } catch (VonageClientException e) {
            return new DeliveryOutcome.TemporaryFailure("Vonage could not be reached: " + e.getMessage());
        }
        return outcome(response);
    }

    private static DeliveryOutcome outcome(SmsSubmissionResponse response) {
        if (response.getMessages() == null || response.getMessages().isEmpty()) {
            return new DeliveryOutcome.TemporaryFailure("Vonage answered without a message status");
        }
        SmsSubmissionResponseMessage first = response.getMessages().getFirst();
        for (SmsSubmissionResponseMessage part : response.getMessages()) {
            if (part.getStatus() != MessageStatus.OK) {
                String reason = "Vonage status " + part.getStatus() + (part.getErrorText() == null ? ""
                        : ": " + part.getErrorText());
                return part.isTemporaryError() ? new DeliveryOutcome.TemporaryFailure(reason)
                        : new DeliveryOutcome.Refused(reason);
            }
        }
        return new DeliveryOutcome.Accepted(first.getId());
    }

    @Override
    public String description() {
        return "Vonage SMS API at " + baseUri;
    }
}
