package app.waymark;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock standing in for Vonage's SMS API ({@code POST /sms/json}); accepts every SMS unless told otherwise. */
public final class VonageStub {

    public static final String SMS_PATH = "/sms/json";

    private final WireMockServer server;

    private VonageStub(WireMockServer server) {
        this.server = server;
    }

    public static VonageStub start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(20).asynchronousResponseEnabled(false));
        server.start();
        VonageStub stub = new VonageStub(server);
        stub.acceptAll();
        stub.warmUp();
        return stub;
    }

    /**
     * WireMock's first requests are slow (class loading, templating set-up): requests sent at even intervals would be
     * logged in a bunch, which would look like a broken rate limit. One request up front avoids that.
     */
    private void warmUp() {
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(HttpRequest.newBuilder(URI.create(baseUrl() + SMS_PATH))
                    .POST(HttpRequest.BodyPublishers.ofString("to=447700900000&text=warm-up"))
                    .header("Content-Type", "application/x-www-form-urlencoded").build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server.resetRequests();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** Forgets received requests and restores the default answer: every SMS accepted. */
    public void acceptAll() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(SMS_PATH)).atPriority(10).willReturn(accepted()));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody("{\"message-count\":\"1\",\"messages\":[{\"to\":\"447700900000\","
                        + "\"message-id\":\"{{randomValue type='UUID'}}\",\"status\":\"0\","
                        + "\"remaining-balance\":\"10.0\",\"message-price\":\"0.03\",\"network\":\"23410\"}]}");
    }

    public List<LoggedRequest> smsRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(SMS_PATH)));
    }
}
