package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MarkupSizeGuardInputStreamTest {

    private static byte[] guarded(String xml, long maxTokenBytes) throws IOException {
        return new MarkupSizeGuardInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                maxTokenBytes).readAllBytes();
    }

    private static RejectedInputException refusal(String xml, long maxTokenBytes) {
        return catchThrowableOfType(RejectedInputException.class, () -> guarded(xml, maxTokenBytes));
    }

    @Test
    void markup_with_delimiters_inside_quotes_comments_and_cdata_is_measured_token_by_token() throws IOException {
        String xml = """
                <?xml version="1.0"?>
                <!-- a comment with > and < and - inside -->
                <m a="x>y" b='"'>
                  <![CDATA[ <not a tag> ]] > ]]>
                  <?pi data > more?>
                  long text is not this guard's business: %s
                  <!---->
                </m>
                """.formatted("t".repeat(500));

        assertThat(guarded(xml, 50)).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_token_of_exactly_the_limit_passes_and_one_byte_more_is_refused() throws IOException {
        assertThat(guarded("<abcdefgh>", 10)).hasSize(10);

        RejectedInputException refused = refusal("<abcdefghi>", 10);
        assertThat(refused.getMessage()).isEqualTo("A tag is longer than 10 bytes");
    }

    @Test
    void each_kind_of_markup_is_named_with_the_line_it_is_on() {
        assertThat(refusal("<m>\n<!--" + "c".repeat(100) + "-->", 64).getMessage()).isEqualTo("A comment is longer than 64 bytes");
        assertThat(refusal("<m>\n<![CDATA[" + "c".repeat(100) + "]]>", 64).getMessage()).isEqualTo("A CDATA section is longer than 64 bytes");
        assertThat(refusal("<?pi " + "c".repeat(100) + "?>", 64).getMessage()).isEqualTo("A processing instruction is longer than 64 bytes");
        assertThat(refusal("<!DOCTYPE m [" + "c".repeat(100) + "]>", 64).getMessage()).isEqualTo("A declaration is longer than 64 bytes");
        assertThat(refusal("<m>\r\n\r\n<m a='" + "c".repeat(100) + "'>", 64).line()).isEqualTo(3);
    }

    @Test
    void reads_of_any_size_give_the_same_verdict_and_line() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<!-- c > -->\n<m a=\"x>y\" b='\"'>\n<![CDATA[ <x> ]]>\ntext\n</m>\n";
        String tooLong = "<m>\r\n\r\n<m a='" + "c".repeat(100) + "'>";
        for (int piece = 1; piece <= 9; piece++) {
            assertThat(inPieces(xml, 50, piece)).as("pieces of %d bytes", piece)
                    .isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
            int size = piece;
            RejectedInputException refused = catchThrowableOfType(RejectedInputException.class,
                    () -> inPieces(tooLong, 64, size));
            assertThat(refused.getMessage()).isEqualTo("A tag is longer than 64 bytes");
            assertThat(refused.line()).isEqualTo(3);
        }
    }

    private static byte[] inPieces(String xml, long maxTokenBytes, int piece) throws IOException {
        var guard = new MarkupSizeGuardInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                maxTokenBytes);
        var out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[piece + 3];
        for (int n = guard.read(buffer, 3, piece); n >= 0; n = guard.read(buffer, 3, piece)) {
            out.write(buffer, 3, n);
        }
        return out.toByteArray();
    }
}
