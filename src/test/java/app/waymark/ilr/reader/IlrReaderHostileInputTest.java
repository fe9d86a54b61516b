package app.waymark.ilr.reader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static app.waymark.ilr.reader.IlrXml.learner;
import static app.waymark.ilr.reader.IlrXml.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files built to attack or break the reader: each is reported, none throws, and no learner is handed over. */
class IlrReaderHostileInputTest extends ReaderTestSupport {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @TempDir
    Path dir;

    @AfterEach
    void noLearnerWasHandedOver() {
        assertThat(handler.learners).as("learners handed over").isEmpty();
    }

    /** A valid file with {@code doctype} put between the XML declaration and the root element. */
    private static String withDoctype(String doctype, String familyName) {
        return message(IlrYear.Y2025_26, learner("XXE1").set("FamilyName", familyName).xml())
                .replace(XML_DECLARATION, XML_DECLARATION + doctype + "\n");
    }

    @Test
    void xxe_with_a_file_entity_is_refused_and_nothing_is_read() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = withDoctype("<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).isEqualTo("DOCTYPE declarations are not allowed in ILR files");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.toString()).doesNotContain("TOP-SECRET");
        assertThat(result.learnerCount()).isZero();
        assertThat(handler.headers).isEmpty();
    }

    @Test
    void xxe_with_an_http_entity_is_refused_without_any_attempt_to_reach_the_network() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/steal";
            String xml = withDoctype("<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"" + url + "\">]>", "&xxe;");

            IlrReadResult result = read(write(dir, xml));

            assertThat(onlyFileProblem(result).message()).isEqualTo("DOCTYPE declarations are not allowed in ILR files");
            assertNobodyConnected(server);
        }
    }

    @Test
    void an_external_dtd_is_refused_without_being_fetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/ilr.dtd";
            String xml = withDoctype("<!DOCTYPE Message SYSTEM \"" + url + "\">", "Smith");

            IlrReadResult result = read(write(dir, xml));

            assertThat(onlyFileProblem(result).message()).isEqualTo("DOCTYPE declarations are not allowed in ILR files");
            assertNobodyConnected(server);
        }
    }

    private static void assertNobodyConnected(ServerSocket server) throws IOException {
        server.setSoTimeout(300);
        assertThatThrownBy(server::accept).as("a connection to the entity's URL").isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void billion_laughs_is_refused_before_any_entity_is_expanded() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE Message [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        String xml = withDoctype(doctype.append("]>").toString(), "&lol9;");

        IlrReadResult result = read(write(dir, xml));

        assertThat(onlyFileProblem(result).message()).isEqualTo("DOCTYPE declarations are not allowed in ILR files");
    }

    @Test
    void an_entity_reference_without_a_doctype_is_refused() {
        String xml = message(IlrYear.Y2025_26, learner("ENT1").set("FamilyName", "&undeclared;").xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).isEqualTo("Entity references are not allowed in ILR files (found '&undeclared;')");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "&undeclared;"));
    }

    @Test
    void a_50_mb_text_node_is_refused_once_it_passes_the_text_limit_without_being_held_in_memory() throws IOException {
        String xml = message(IlrYear.Y2025_26, learner("BIG1").set("FamilyName", "HUGE").xml());
        String[] around = xml.split("HUGE");
        Path file = dir.resolve(FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(around[0].getBytes(StandardCharsets.UTF_8));
            byte[] megabyte = new byte[1 << 20];
            Arrays.fill(megabyte, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(megabyte);
            }
            out.write(around[1].getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isGreaterThan(50_000_000);

        IlrReadResult result = read(file);

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).isEqualTo("A text value is longer than 10,000 characters");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "HUGE"));
    }

    @Test
    void a_text_value_just_over_a_lowered_limit_is_refused() {
        String xml = message(IlrYear.Y2025_26, learner("BIG2").set("AddLine1", "x".repeat(101)).xml());

        IlrReadResult result = read(write(dir, xml), new IlrLimits(1_000_000, 1_000_000, 100, 100, 32, 100));

        assertThat(onlyFileProblem(result).message()).isEqualTo("A text value is longer than 100 characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "comment                | <!--       | -->  | A comment is longer than 65,536 bytes",
            "CDATA section          | <![CDATA[  | ]]>  | A CDATA section is longer than 65,536 bytes",
            "attribute              | <Pad a='   | '/>  | A tag is longer than 65,536 bytes",
            "processing instruction | \"<?pad \"   | ?>   | A processing instruction is longer than 65,536 bytes"})
    void huge_markup_that_the_parser_would_buffer_whole_is_refused_before_it_reaches_the_parser(
            String kind, String open, String close, String expected) throws IOException {
        String xml = message(IlrYear.Y2025_26, learner("MARK1").withRaw("HUGE").xml());
        String[] around = xml.split("HUGE");
        Path file = dir.resolve(FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((around[0] + open).getBytes(StandardCharsets.UTF_8));
            byte[] megabyte = new byte[1 << 20];
            Arrays.fill(megabyte, (byte) 'a');
            for (int i = 0; i < 20; i++) {
                out.write(megabyte);
            }
            out.write((close + around[1]).getBytes(StandardCharsets.UTF_8));
        }

        IlrReadResult result = read(file);

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).isEqualTo(expected);
        assertThat(problem.line()).isEqualTo(lineOf(xml, "HUGE"));
    }

    @Test
    void deeply_nested_elements_are_refused_even_inside_elements_the_portal_ignores() {
        String nested = "<Deep>".repeat(1_000) + "x" + "</Deep>".repeat(1_000);
        String xml = message(IlrYear.Y2025_26, learner("DEEP1").withRaw(nested).xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).isEqualTo("Elements are nested more than 32 levels deep");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "<Deep>"));
    }

    @Test
    void invalid_utf8_bytes_are_reported_with_their_line() {
        String xml = message(IlrYear.Y2025_26, learner("UTF1").set("FamilyName", "BAD").xml());
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        int bad = xml.indexOf("BAD");
        bytes[bad] = (byte) 0xC3; // a two-byte lead followed by '(' instead of a continuation byte
        bytes[bad + 1] = '(';

        IlrReadResult result = read(write(dir, bytes));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).isEqualTo("The file is not valid UTF-8 (ILR files must be UTF-8): "
                + "byte 0x28 cannot follow 0xC3");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "BAD"));
    }

    @Test
    void latin1_bytes_in_a_file_claiming_utf8_are_refused_as_not_utf8() {
        String xml = message(IlrYear.Y2025_26, learner("LAT1").set("GivenNames", "Zoë").xml());

        IlrReadResult result = read(write(dir, xml.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(onlyFileProblem(result).message())
                .isEqualTo("The file is not valid UTF-8 (ILR files must be UTF-8): byte 0x3C cannot follow 0xEB");
    }

    @Test
    void a_declaration_of_another_encoding_is_refused_even_when_the_bytes_happen_to_be_ascii() {
        String xml = message(IlrYear.Y2025_26, learner("DEC1").xml())
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

        IlrReadResult result = read(write(dir, xml));

        assertThat(onlyFileProblem(result).message())
                .isEqualTo("ILR files must be UTF-8, but the XML declaration says 'ISO-8859-1'");
    }

    @Test
    void a_truncated_file_is_reported_with_the_line_where_reading_stopped() {
        String xml = message(IlrYear.Y2025_26, learner("CUT1").xml());
        String truncated = xml.substring(0, xml.indexOf("<Postcode>") + "<Postcode>BR1".length());

        IlrReadResult result = read(write(dir, truncated));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).startsWith("The file is not well-formed XML: ");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "<Postcode>"));
        assertThat(result.learnerCount()).isZero();
    }

    @Test
    void an_empty_file_is_reported_not_thrown() {
        IlrReadResult result = read(write(dir, new byte[0]));

        assertThat(onlyFileProblem(result).message()).startsWith("The file is not well-formed XML: ");
        assertThat(result.header()).isNull();
    }

    @Test
    void mismatched_tags_are_reported_with_their_line() {
        String xml = message(IlrYear.Y2025_26, learner("TAG1").withRaw("<Open></Close>").xml());

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).startsWith("The file is not well-formed XML: ");
        assertThat(problem.line()).isEqualTo(lineOf(xml, "<Open></Close>"));
    }

    @Test
    void a_file_in_another_namespace_is_refused_and_nothing_is_read() {
        String xml = message(IlrYear.Y2025_26, learner("NS1").xml()).replace("ESFA/ILR/2025-26", "ESFA/ILR/2022-23");

        IlrReadResult result = read(write(dir, xml));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.message()).isEqualTo("Unsupported ILR namespace 'ESFA/ILR/2022-23': Waymark reads the "
                + "2023-24, 2024-25, 2025-26 or 2026-27 ILR, expected one of "
                + "ESFA/ILR/2023-24, ESFA/ILR/2024-25, ESFA/ILR/2025-26, ESFA/ILR/2026-27");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(result.learnerCount()).isZero();
        assertThat(handler.headers).isEmpty();
    }

    @Test
    void a_file_without_a_namespace_is_refused() {
        IlrReadResult result = read(write(dir, "<Message><Header/></Message>"));

        assertThat(onlyFileProblem(result).message()).startsWith("Unsupported ILR namespace '': Waymark reads the 2023-24, 2024-25, 2025-26 or 2026-27 ILR, expected one of ");
    }

    @Test
    void a_root_element_other_than_message_is_refused() {
        IlrReadResult result = read(write(dir, "<Learner xmlns=\"ESFA/ILR/2025-26\"/>"));

        assertThat(onlyFileProblem(result).message()).isEqualTo("The root element must be Message (found 'Learner')");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_without_being_parsed() {
        String xml = message(IlrYear.Y2025_26, learner("SIZE1").xml());
        Path file = write(dir, xml);
        long size = xml.getBytes(StandardCharsets.UTF_8).length;

        IlrReadResult result = read(file, new IlrLimits(size - 1, 1_000_000, 100, 10_000, 32, 100));

        IlrProblem problem = onlyFileProblem(result);
        assertThat(problem.line()).isZero();
        assertThat(problem.message()).isEqualTo(String.format(Locale.ROOT,
                "The file is %,d bytes, more than the limit of %,d bytes", size, size - 1));
        assertThat(result.learnerCount()).isZero();
        assertThat(handler.headers).isEmpty();
        assertThat(problem.toString()).isEqualTo(FILE_NAME + ": " + problem.message());
    }

    @Test
    void a_zip_holding_two_files_is_refused_naming_them_before_anything_is_read() throws IOException {
        byte[] xml = message(IlrYear.Y2025_26, learner("ZIP1").xml()).getBytes(StandardCharsets.UTF_8);
        Path zip = zip(dir.resolve("ILR.zip"), "ILR-1.xml", xml, "ILR-2.xml", xml);

        IlrReadResult result = read(zip);

        assertThat(onlyFileProblem(result).message())
                .isEqualTo("The zip file must hold exactly one .xml file, but it holds 2 entries: ILR-1.xml, ILR-2.xml");
        assertThat(handler.headers).isEmpty();
    }

    @Test
    void a_zip_holding_something_other_than_xml_is_refused() throws IOException {
        Path zip = zip(dir.resolve("ILR.zip"), "learners.csv", "a,b".getBytes(StandardCharsets.UTF_8));

        IlrReadResult result = read(zip);

        assertThat(onlyFileProblem(result).message())
                .isEqualTo("The zip file must hold one .xml file, but it holds 'learners.csv'");
    }

    @Test
    void an_empty_zip_is_refused() throws IOException {
        // an empty zip has no local header, so it does not start with PK\3\4: it is read as (broken) XML
        IlrReadResult result = read(zip(dir.resolve("ILR.zip")));

        assertThat(onlyFileProblem(result).message()).startsWith("The file is not ");
    }

    @Test
    void a_zip_bomb_is_stopped_at_the_compression_ratio_limit() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putNextEntry(new ZipEntry("ILR.xml"));
            out.write(message(IlrYear.Y2025_26).replace("</Message>", "").getBytes(StandardCharsets.UTF_8));
            byte[] padding = "<Pad/>".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 200_000_000L; written += padding.length) {
                out.write(padding);
            }
            out.write("</Message>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        long zipBytes = Files.size(zip);
        assertThat(zipBytes).as("compressed size").isLessThan(2_000_000);

        IlrReadResult result = read(zip);

        assertThat(onlyFileProblem(result).message()).isEqualTo(String.format(Locale.ROOT,
                "The zip entry expands beyond the compression ratio limit (100 times the zip's %,d bytes)", zipBytes));
    }

    @Test
    void a_zip_entry_is_stopped_at_the_uncompressed_size_limit_whatever_size_it_declares() throws IOException {
        byte[] xml = message(IlrYear.Y2025_26, learner("ZIP2").xml()).getBytes(StandardCharsets.UTF_8);
        Path zip = zip(dir.resolve("ILR.zip"), "ILR.xml", xml);

        IlrReadResult result = read(zip, new IlrLimits(1_000_000, 500, 1_000, 10_000, 32, 100));

        assertThat(onlyFileProblem(result).message()).isEqualTo("The zip entry expands beyond the size limit of 500 bytes");
    }

    @Test
    void a_damaged_zip_is_reported_not_thrown() throws IOException {
        byte[] xml = message(IlrYear.Y2025_26, learner("ZIP3").xml()).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(zip(dir.resolve("good.zip"), "ILR.xml", xml));
        byte[] damaged = Arrays.copyOf(bytes, bytes.length / 2);

        IlrReadResult result = read(Files.write(dir.resolve("damaged.zip"), damaged));

        assertThat(onlyFileProblem(result).message()).startsWith("The file looks like a zip file but cannot be opened as one: ");
    }

    @Test
    void trailing_content_after_the_message_is_refused() {
        String xml = message(IlrYear.Y2025_26) + "<Message/>";

        IlrReadResult result = read(write(dir, xml));

        assertThat(onlyFileProblem(result).message()).startsWith("The file is not well-formed XML: ");
    }

    @Test
    void a_missing_local_file_is_an_io_failure_not_a_problem() {
        IlrReader reader = new IlrReader(IlrLimits.defaults());

        assertThatThrownBy(() -> reader.read(dir.resolve("gone.xml"), "gone.xml", handler))
                .isInstanceOf(UncheckedIOException.class);
    }

    /** Writes a zip of the given name/content pairs. */
    private static Path zip(Path zip, Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                out.write((byte[]) namesAndContents[i + 1]);
                out.closeEntry();
            }
        }
        return Files.write(zip, bytes.toByteArray());
    }
}
