package app.waymark.base.ui;

import app.waymark.base.io.ByteLimitInputStream;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.server.streams.UploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An upload target that never reads more than its limit on the server, whatever the browser was told: Vaadin's own
 * {@code UploadHandler.inMemory} and {@code toTempFile} read the whole request body (the upload's
 * {@code maxFileSize} is checked in the browser only), so a raw POST of a few GB filled the heap or the disk.
 * <p>
 * A file declared larger than the limit (the raw body's Content-Length, or a multipart part's size) is refused before
 * a byte of it is read; one that does not say, or says less than it sends, is read through a
 * {@link ByteLimitInputStream} and refused at the limit, with the part already written deleted. A refusal answers
 * 413 with {@code tooLarge} as plain text and shows it to the person on the page ({@code whenRefused}, with the UI
 * locked). The checks are in {@link #handleUploadRequest}: the {@code Upload} component wraps its handler and calls
 * only that (and {@link #responseHandled}). A multipart body is parsed by the servlet container before any handler
 * runs (decision 0023).
 */
public final class BoundedUpload implements UploadHandler {

    static final int STATUS_CONTENT_TOO_LARGE = 413;
    private static final Logger log = LoggerFactory.getLogger(BoundedUpload.class);

    private final long maxBytes;
    private final String tooLarge;
    private final Receiver receiver;
    private final SerializableConsumer<String> whenRefused;

    private BoundedUpload(long maxBytes, String tooLarge, Receiver receiver, SerializableConsumer<String> whenRefused) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("An upload limit must be at least one byte: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.receiver = receiver;
        this.whenRefused = whenRefused;
    }

    /**
     * Keeps the file in memory (at most {@code maxBytes}) and hands it to {@code whenReceived} with the UI locked.
     *
     * @param tooLarge the message for a file over the limit, in the person's words (see {@link #describe})
     */
    public static BoundedUpload inMemory(long maxBytes, String tooLarge, InMemoryUploadCallback whenReceived,
                                         SerializableConsumer<String> whenRefused) {
        return new BoundedUpload(maxBytes, tooLarge, new InMemory(whenReceived), whenRefused);
    }

    /**
     * Writes the file to a temporary file (at most {@code maxBytes}) and hands it to {@code whenReceived} with the UI
     * locked; the callback owns the file from then on. A refused or broken upload leaves no file behind.
     */
    public static BoundedUpload toTempFile(long maxBytes, String tooLarge, FileUploadCallback whenReceived,
                                           SerializableConsumer<String> whenRefused) {
        return new BoundedUpload(maxBytes, tooLarge, new TempFile(whenReceived), whenRefused);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A limit in plain words, as people see sizes: 1048576 is "1 MB", 524288000 is "500 MB". */
    public static String describe(long bytes) {
        long kb = 1024;
        long mb = kb * kb;
        long gb = mb * kb;
        if (bytes >= gb) {
            return number(bytes, gb) + " GB";
        }
        if (bytes >= mb) {
            return number(bytes, mb) + " MB";
        }
        if (bytes >= kb) {
            return number(bytes, kb) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String number(long bytes, long unit) {
        double value = (double) bytes / unit;
        String shown = String.format(Locale.UK, "%.1f", value);
        return shown.endsWith(".0") ? shown.substring(0, shown.length() - 2) : shown;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(),
                event.getFileSize());
        UI ui = event.getUI();
        Optional<Received> received;
        try (InputStream body = new ByteLimitInputStream(event.getInputStream(), maxBytes, TooLarge::new)) {
            received = receiver.receive(body, Math.max(0, event.getFileSize()), maxBytes);
        }
        if (received.isEmpty()) {
            refuse(event);
            return;
        }
        ui.access(() -> received.get().handTo(metadata));
    }

    /** Answers a refusal with 413 and the message in plain text, instead of the framework's 422 and JSON. */
    @Override
    public void responseHandled(UploadResult result) {
        if (result.exception() == null && result.allRejected()) {
            VaadinResponse response = result.response();
            response.setStatus(STATUS_CONTENT_TOO_LARGE);
            try {
                writeText(response, tooLarge);
            } catch (IOException e) {
                log.warn("Could not answer a refused upload", e);
            }
            return;
        }
        UploadHandler.super.responseHandled(result);
    }

    private void refuse(UploadEvent event) {
        log.info("Refused an upload of {} over the limit of {} bytes", event.getFileName(), maxBytes);
        event.reject(tooLarge);
        event.getUI().access(() -> whenRefused.accept(tooLarge));
    }

    private static void writeText(VaadinResponse response, String text) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Thrown by the limiting stream at the first byte over the limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("upload over its limit");
        }
    }

    /** Where a file goes while it is read: empty when it went over the limit (and nothing of it is kept). */
    private interface Receiver {
        Optional<Received> receive(InputStream body, long declared, long maxBytes) throws IOException;
    }

    @FunctionalInterface
    private interface Received {
        void handTo(UploadMetadata metadata);
    }

    private record InMemory(InMemoryUploadCallback callback) implements Receiver {
        @Override
        public Optional<Received> receive(InputStream body, long declared, long maxBytes) throws IOException {
            // Never trust the declared size for the buffer beyond the limit.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192),
                    maxBytes));
            try {
                body.transferTo(bytes);
            } catch (TooLarge e) {
                return Optional.empty();
            }
            byte[] data = bytes.toByteArray();
            return Optional.of(metadata -> {
                try {
                    callback.complete(metadata, data);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private record TempFile(FileUploadCallback callback) implements Receiver {
        @Override
        public Optional<Received> receive(InputStream body, long declared, long maxBytes) throws IOException {
            Path file = Files.createTempFile("waymark-upload-", ".part");
            boolean kept = false;
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    body.transferTo(out);
                }
                kept = true;
            } catch (TooLarge e) {
                return Optional.empty();
            } finally {
                if (!kept) {
                    Files.deleteIfExists(file);
                }
            }
            File received = file.toFile();
            return Optional.of(metadata -> {
                try {
                    callback.complete(metadata, received);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
