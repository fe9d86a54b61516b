package app.waymark.base.ui;

import app.waymark.ui.KaribuTest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload that does not say its size (or says less than it sends) is read up to its limit and no further: the
 * callback never sees it, a temporary file of it is deleted, and the page is told the limit.
 */
class BoundedUploadTest extends KaribuTest {

    private static final int LIMIT = 1000;

    private final List<String> refusals = new ArrayList<>();
    private final List<byte[]> received = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    @Test
    void a_body_over_the_limit_that_did_not_say_its_size_is_refused_at_the_limit_and_not_kept_in_memory() {
        BoundedUpload handler = BoundedUpload.inMemory(LIMIT, "Too large: limit " + BoundedUpload.describe(LIMIT),
                (metadata, bytes) -> received.add(bytes), refusals::add);

        UploadEvent event = post(handler, new byte[LIMIT + 1]);

        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
        assertThat(refusals).containsExactly("Too large: limit 1000 bytes");
    }

    @Test
    void a_body_at_the_limit_is_handed_over_whole() {
        BoundedUpload handler = BoundedUpload.inMemory(LIMIT, "Too large", (metadata, bytes) -> received.add(bytes),
                refusals::add);
        byte[] body = new byte[LIMIT];
        Arrays.fill(body, (byte) 7);

        UploadEvent event = post(handler, body);

        assertThat(event.isRejected()).isFalse();
        assertThat(refusals).isEmpty();
        assertThat(received).singleElement().isEqualTo(body);
    }

    @Test
    void a_temporary_file_over_the_limit_is_deleted_and_never_handed_over() throws IOException {
        Set<Path> before = uploadFiles();
        BoundedUpload handler = BoundedUpload.toTempFile(LIMIT, "Too large",
                (metadata, file) -> files.add(file.toPath()), refusals::add);

        UploadEvent event = post(handler, new byte[10 * LIMIT]);

        assertThat(event.isRejected()).isTrue();
        assertThat(files).isEmpty();
        assertThat(refusals).containsExactly("Too large");
        assertThat(uploadFiles()).isEqualTo(before);
    }

    @Test
    void a_temporary_file_within_the_limit_is_handed_over() throws IOException {
        BoundedUpload handler = BoundedUpload.toTempFile(LIMIT, "Too large",
                (metadata, file) -> files.add(file.toPath()), refusals::add);

        post(handler, new byte[LIMIT]);

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(Files.size(file)).isEqualTo(LIMIT);
            Files.delete(file);
        });
        assertThat(refusals).isEmpty();
    }

    @Test
    void limits_read_as_people_write_them() {
        assertThat(BoundedUpload.describe(1_048_576)).isEqualTo("1 MB");
        assertThat(BoundedUpload.describe(524_288_000)).isEqualTo("500 MB");
        assertThat(BoundedUpload.describe(1_572_864)).isEqualTo("1.5 MB");
        assertThat(BoundedUpload.describe(2L * 1024 * 1024 * 1024)).isEqualTo("2 GB");
        assertThat(BoundedUpload.describe(2048)).isEqualTo("2 KB");
    }

    /** Posts {@code body} as a raw upload that does not declare its length (chunked), as a script could. */
    private static UploadEvent post(BoundedUpload handler, byte[] body) {
        Upload upload = new Upload(handler);
        UI.getCurrent().add(upload);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        ((FakeRequest) request.getRequest()).setContent(body);
        UploadEvent event = new UploadEvent(request, VaadinResponse.getCurrent(), VaadinSession.getCurrent(),
                "file.bin", -1, "application/octet-stream", upload.getElement(), null);
        try {
            handler.handleUploadRequest(event);
        } catch (IOException e) {
            throw new AssertionError("the upload failed instead of being refused", e);
        }
        MockVaadin.clientRoundtrip(false);
        return event;
    }

    private static Set<Path> uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("waymark-upload-"))
                    .collect(Collectors.toSet());
        }
    }
}
