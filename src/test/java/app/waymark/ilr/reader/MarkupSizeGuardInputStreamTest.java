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
}
