package app.waymark.tracker;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFilesTest {

    private static final byte[] PDF = "%PDF-1.7 deed poll".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void evidence_is_kept_under_the_extension_of_the_type_its_bytes_show_so_it_opens_as_what_it_is() {
        assertThat(storedName("deed-poll.html", PDF)).isEqualTo("deed-poll.pdf");
        assertThat(storedName("marriage certificate.exe", PDF)).isEqualTo("marriage certificate.pdf");
        assertThat(storedName("scan", PNG)).isEqualTo("scan.png");
        assertThat(storedName("photo.png", JPEG)).isEqualTo("photo.jpg");
    }

    @Test
    void a_name_already_ending_in_one_of_its_types_extensions_is_kept_as_given() {
        assertThat(storedName("Deed Poll.PDF", PDF)).isEqualTo("Deed Poll.PDF");
        assertThat(storedName("passport.jpeg", JPEG)).isEqualTo("passport.jpeg");
    }

    @Test
    void a_name_with_nothing_left_once_cleaned_is_evidence_and_a_long_one_keeps_its_extension() {
        assertThat(storedName("../", PDF)).isEqualTo("evidence.pdf");
        assertThat(storedName("x".repeat(300) + ".pdf", PDF)).hasSize(200).endsWith(".pdf");
        assertThat(storedName("invoice\u202Efdp.html", PDF)).as("right-to-left override").isEqualTo("invoicefdp.pdf");
    }

    private static String storedName(String fileName, byte[] content) {
        return EvidenceFiles.checked(new RaiseRequest.Evidence(fileName, "application/octet-stream", content))
                .fileName();
    }
}
