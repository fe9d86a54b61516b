package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Utf8ValidatingInputStreamTest {

    @Test
    void well_formed_utf8_passes_unchanged_whether_read_in_chunks_or_byte_by_byte() throws IOException {
        byte[] text = "ASCII, Zoë, Łukasz, Nguyễn, € and 😀\r\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);

        assertThat(new Utf8ValidatingInputStream(new ByteArrayInputStream(text)).readAllBytes()).isEqualTo(text);
        try (InputStream in = new Utf8ValidatingInputStream(new ByteArrayInputStream(text))) {
            for (byte expected : text) {
                assertThat(in.read()).isEqualTo(expected & 0xFF);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "lone continuation byte,     80,          byte 0x80 cannot start a character",
            "overlong two-byte form,     C0AF,        byte 0xC0 cannot start a character",
            "overlong three-byte form,   E080AF,      byte 0x80 cannot follow 0xE0",
            "UTF-16 surrogate,           EDA080,      byte 0xA0 cannot follow 0xED",
            "above U+10FFFF,             F4908080,    byte 0x90 cannot follow 0xF4",
            "never-used lead byte,       F5808080,    byte 0xF5 cannot start a character",
            "missing continuation,       C328,        byte 0x28 cannot follow 0xC3",
            "ends inside a character,    E282,        the file ends in the middle of a character"})
    void malformed_utf8_is_refused(String description, String hex, String detail) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        RejectedInputException refused = catchThrowableOfType(RejectedInputException.class,
                () -> new Utf8ValidatingInputStream(new ByteArrayInputStream(bytes)).readAllBytes());

        assertThat(refused.getMessage()).isEqualTo("The file is not valid UTF-8 (ILR files must be UTF-8): " + detail);
        assertThat(refused.line()).isEqualTo(1);
    }

    @Test
    void the_line_of_the_bad_byte_is_counted_like_xml_counts_lines() {
        byte[] bytes = "one\r\ntwo\nthree\rfour \u00e9".getBytes(StandardCharsets.ISO_8859_1);

        RejectedInputException refused = catchThrowableOfType(RejectedInputException.class,
                () -> new Utf8ValidatingInputStream(new ByteArrayInputStream(bytes)).readAllBytes());

        assertThat(refused.line()).isEqualTo(4);
    }
}
