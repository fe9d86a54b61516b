package app.waymark.ilr;

import app.waymark.IntegrationTest;
import app.waymark.security.ApiTokenService;
import app.waymark.security.CreatedApiToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class IlrImportApiTest extends IntegrationTest {

    static final String NORTHFIELD_TOKEN = "wm_demo_northfield_ilr_upload_2026";
    static final String RIVERSIDE_TOKEN = "wm_demo_riverside_ilr_upload_2026";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;

    @Test
    void a_valid_token_imports_the_file_and_gets_the_report() throws Exception {
        HttpResponse<String> response = post(NORTHFIELD_TOKEN, sample());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"APPLIED\"", "\"learnersInFile\":19");
    }

    @Test
    void a_file_for_another_provider_is_refused_with_422_and_the_problems() throws Exception {
        HttpResponse<String> response = post(RIVERSIDE_TOKEN, sample());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"status\":\"REJECTED\"",
                "The file is for UKPRN 99999999, but your organisation's UKPRN is 10004567");
    }

    @Test
    void missing_unknown_and_revoked_tokens_get_401_with_a_reason() throws Exception {
        assertThat(post(null, sample()).statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = post("wm_not_a_real_token", sample());
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("not recognised");

        signIn(NORTHFIELD_ADMIN);
        CreatedApiToken created = tokens.create("Soon revoked");
        tokens.revoke(created.summary().id());
        HttpResponse<String> revoked = post(created.token(), sample());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("revoked");
        assertThat(tokens.list()).filteredOn(t -> t.id().equals(created.summary().id())).singleElement()
                .satisfies(t -> assertThat(t.prefix()).isEqualTo(created.token().substring(0, 9) + "…"));
    }

    @Test
    void a_file_over_the_upload_limit_gets_413() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(post(NORTHFIELD_TOKEN, big).statusCode()).isEqualTo(413);
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(IlrImportIntegrationTest.SAMPLE);
    }

    private HttpResponse<String> post(String token, byte[] file) throws IOException, InterruptedException {
        String boundary = "waymark-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"ILR-99999999-2526-20250108-094401.xml\"\r\nContent-Type: application/xml\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/ilr-imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
