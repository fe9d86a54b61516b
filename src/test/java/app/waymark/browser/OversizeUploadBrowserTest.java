package app.waymark.browser;

import app.waymark.branding.BrandingService;
import app.waymark.ilr.IlrImportService;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies far over an upload's limit posted straight to the page's upload target (what a script can do, whatever the
 * browser's upload component allows): the portal reads no more than the limit, its heap does not take the body, it
 * saves nothing, tells the person on the page the limit in plain words, and goes on serving.
 */
class OversizeUploadBrowserTest extends BrowserTest {

    private static final long MB = 1024 * 1024;
    private static final long BODY_BYTES = 200 * MB;
    /** The old generation (where G1 puts large arrays) may grow by this much, a quarter of the body, and no more. */
    private static final long HEAP_ALLOWANCE = BODY_BYTES / 4;

    @Autowired
    BrandingService brandings;
    @Autowired
    IlrImportService imports;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void a_200_MB_logo_posted_without_a_length_is_refused_at_1_MB_without_filling_the_heap() throws Exception {
        openBrandingPageWithoutLogo();

        HeapPeak heap = HeapPeak.start();
        Outcome outcome = post(uploadTarget("#logo-upload"), "image/png", "huge.png",
                HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(BODY_BYTES)));
        long heapGrowth = heap.growth();

        assertThat(outcome.refusedOrCutOff()).as("the answer to the upload: %s", outcome).isTrue();
        assertThat(heapGrowth).as("old-generation heap growth while a %,d byte logo was posted", BODY_BYTES)
                .isLessThan(HEAP_ALLOWANCE);
        Locator message = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("The logo is larger than the 1 MB limit"));
        assertThat(message).isVisible();
        screenshot("90-branding-logo-over-limit");

        page.reload();
        assertThat(page.locator("#current-logo")).containsText("No logo yet");
        signIn(RIVERSIDE_ADMIN);
        assertThat(brandings.current().hasLogo()).isFalse();
    }

    @Test
    void a_logo_declaring_200_MB_is_refused_before_its_body_is_read() throws Exception {
        openBrandingPageWithoutLogo();

        HeapPeak heap = HeapPeak.start();
        Outcome outcome = post(uploadTarget("#logo-upload"), "image/png", "huge.png",
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new GeneratedBytes(BODY_BYTES)), BODY_BYTES));

        assertThat(outcome.refusedOrCutOff()).as("the answer to the upload: %s", outcome).isTrue();
        assertThat(heap.growth()).isLessThan(HEAP_ALLOWANCE);
        assertThat(page.locator("vaadin-notification-card")).containsText("The logo is larger than the 1 MB limit");
        page.reload();
        assertThat(page.locator("#current-logo")).containsText("No logo yet");
    }

    /**
     * The pages post the file itself; a multipart body would be parsed (and spooled to disk) by the servlet container
     * before any upload code could bound it, so it is refused unread, whatever its size.
     */
    @Test
    void a_multipart_post_to_an_upload_target_is_refused_unread_whatever_its_size() throws Exception {
        openBrandingPageWithoutLogo();
        URI target = uploadTarget("#logo-upload");

        HeapPeak heap = HeapPeak.start();
        Outcome huge = postMultipart(target, BODY_BYTES);
        assertThat(huge.status() == 415 || huge.cutOff() != null).as("the answer to the upload: %s", huge).isTrue();
        assertThat(heap.growth()).isLessThan(HEAP_ALLOWANCE);

        Outcome small = postMultipart(target, MB / 2);
        assertThat(small.status()).as("the answer to the upload: %s", small).isEqualTo(415);
        page.reload();
        assertThat(page.locator("#current-logo")).containsText("No logo yet");
    }

    /** Riverside's admin on the Branding page, as the browser would be before an upload; no logo yet. */
    private void openBrandingPageWithoutLogo() {
        signInWithForm(RIVERSIDE_ADMIN, demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Riverside Training");
        page.navigate("/settings/branding");
        assertThat(page.locator("#current-logo")).containsText("No logo yet");
    }

    private Outcome postMultipart(URI target, long fileBytes) throws InterruptedException {
        String boundary = "----waymark-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        long length = head.length + fileBytes + tail.length;
        return post(target, "multipart/form-data; boundary=" + boundary, null,
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                new GeneratedBytes(fileBytes), new ByteArrayInputStream(tail))))), length));
    }

    @Test
    void an_ilr_file_over_the_limit_is_refused_before_anything_is_written_and_the_page_says_the_limit()
            throws Exception {
        signInWithForm("mis@northfield.example", demoPassword);
        assertThat(page.locator("#organisation-name")).hasText("Northfield College");
        page.navigate("/ilr/imports");
        assertThat(page.locator("#ilr-history")).isVisible();
        signIn("mis@northfield.example");
        int importsBefore = imports.history(1000).size();
        Set<Path> uploadFilesBefore = uploadFiles();
        long overLimit = imports.maxFileBytes() + MB;

        HeapPeak heap = HeapPeak.start();
        Outcome outcome = post(uploadTarget("#ilr-upload"), "text/xml", "ILR-huge.xml",
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new GeneratedBytes(overLimit)), overLimit));

        assertThat(outcome.refusedOrCutOff()).as("the answer to the upload: %s", outcome).isTrue();
        assertThat(heap.growth()).isLessThan(HEAP_ALLOWANCE);
        assertThat(page.locator("#ilr-failure")).hasText(
                "The file is larger than the 500 MB limit, so it was not imported. Zip it and upload the zip instead.");
        screenshot("91-ilr-file-over-limit");
        assertThat(uploadFiles()).isEqualTo(uploadFilesBefore);
        page.reload();
        assertThat(page.locator("#ilr-history")).isVisible();
        assertThat(imports.history(1000)).hasSize(importsBefore);
    }

    /** The upload component's target, as the browser would post to it, resolved against the portal's address. */
    private URI uploadTarget(String uploadSelector) {
        settle();
        String target = (String) page.locator(uploadSelector).evaluate("upload => upload.target");
        assertThat(target).as("the upload target of %s", uploadSelector).isNotBlank();
        return URI.create("http://localhost:" + port + "/").resolve(target);
    }

    private Outcome post(URI target, String contentType, String fileName, HttpRequest.BodyPublisher body)
            throws InterruptedException {
        String cookies = page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(2))
                .header("Cookie", cookies).header("Content-Type", contentType).POST(body);
        if (fileName != null) {
            request.header("X-Filename", fileName);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            // The portal stops reading at the limit and closes the connection; a client still sending may see that
            // before it reads the answer.
            return new Outcome(0, null, e);
        }
    }

    private static Set<Path> uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("waymark-upload-")
                    || f.getFileName().toString().startsWith("waymark-ilr-")).collect(Collectors.toSet());
        }
    }

    /** The answer: 413 with the limit in words, or the connection closed while the body was still being sent. */
    private record Outcome(int status, String body, IOException cutOff) {
        boolean refusedOrCutOff() {
            return status == 413 ? body.contains("limit") : cutOff != null;
        }
    }

    /** The largest the old generation (large arrays, what is kept) has been since {@link #start}. */
    private record HeapPeak(List<MemoryPoolMXBean> pools, long before) {
        static HeapPeak start() {
            System.gc();
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .filter(pool -> !pool.getName().contains("Eden") && !pool.getName().contains("Survivor"))
                    .toList();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            return new HeapPeak(pools, pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum());
        }

        long growth() {
            return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - before;
        }
    }

    /** {@code size} bytes made up as they are read: nothing of the body is held by the client either. */
    private static final class GeneratedBytes extends InputStream {
        private long remaining;

        GeneratedBytes(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            remaining -= n;
            return n;
        }
    }
}
