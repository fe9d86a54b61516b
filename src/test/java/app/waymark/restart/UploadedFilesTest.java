package app.waymark.restart;

import app.waymark.base.InvalidInputException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedFilesTest {

    private static final String FIELD = "paperwork";
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml"
             ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:body><w:p><w:r><w:t>Signed DMA</w:t></w:r></w:p></w:body></w:document>"""
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void a_pdf_is_accepted_as_a_pdf() {
        byte[] pdf = pdf();

        CheckedUpload upload = UploadedFiles.checked(FIELD, "form.pdf", pdf);

        assertThat(upload.fileName()).isEqualTo("form.pdf");
        assertThat(upload.contentType()).isEqualTo("application/pdf");
        assertThat(upload.content()).isSameAs(pdf);
    }

    @Test
    void png_and_jpeg_images_are_accepted_as_images() throws IOException {
        assertThat(UploadedFiles.checked(FIELD, "photo.png", image("png")))
                .extracting(CheckedUpload::fileName, CheckedUpload::contentType)
                .containsExactly("photo.png", "image/png");
        assertThat(UploadedFiles.checked(FIELD, "scan.jpeg", image("jpg")))
                .extracting(CheckedUpload::fileName, CheckedUpload::contentType)
                .containsExactly("scan.jpeg", "image/jpeg");
    }

    @Test
    void a_word_document_written_by_apache_poi_is_accepted() throws IOException {
        CheckedUpload upload = UploadedFiles.checked(FIELD, "DMA signed.docx", poiDocument());

        assertThat(upload.fileName()).isEqualTo("DMA signed.docx");
        assertThat(upload.contentType()).isEqualTo(DOCX_TYPE);
    }

    @Test
    void a_zip_with_the_two_parts_of_a_word_document_is_accepted_as_one() throws IOException {
        assertThat(UploadedFiles.checked(FIELD, "evidence", minimalDocument()).fileName()).isEqualTo("evidence.docx");
    }

    @Test
    void a_program_renamed_as_a_pdf_is_refused_saying_which_types_are_accepted() {
        byte[] program = Arrays.copyOf(new byte[]{'M', 'Z', (byte) 0x90, 0, 3}, 4096);

        assertRefused("form.pdf", program)
                .hasMessage("The file form.pdf is not a PDF, Word (.docx), PNG or JPEG file");
    }

    @Test
    void a_plain_zip_renamed_as_a_word_document_is_refused() throws IOException {
        byte[] zip = zip("notes.txt", "not a document".getBytes(StandardCharsets.UTF_8));

        assertRefused("notes.docx", zip)
                .hasMessage("The file notes.docx is not a PDF, Word (.docx), PNG or JPEG file");
    }

    @Test
    void an_old_binary_word_document_is_refused_saying_why() {
        byte[] doc = Arrays.copyOf(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, 4096);

        assertRefused("letter.doc", doc).hasMessage("The file letter.doc is not a PDF, Word (.docx), PNG or JPEG file"
                + " (older .doc files and password-protected documents cannot be accepted)");
    }

    @Test
    void a_zip_bomb_dressed_as_a_word_document_is_refused_at_its_compression_ratio() throws IOException {
        byte[] bomb = zipBomb(200L * 1024 * 1024);
        assertThat(bomb.length).as("compressed size").isLessThan(400 * 1024);

        // refused by the ratio rule, which trips after about 100 KB of the 200 MB part have been inflated
        assertRefused("bomb.docx", bomb).hasMessage("The file bomb.docx has a part that expands to more than 100"
                + " times its compressed size and cannot be accepted");
    }

    @Test
    void small_parts_that_together_expand_past_50_mb_are_refused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            addDocumentParts(zip);
            byte[] justUnderTheRatioRule = new byte[UploadedFiles.RATIO_FREE_BYTES];
            for (int i = 0; i < 520; i++) {
                zip.putNextEntry(new ZipEntry("word/media/padding" + i + ".bin"));
                zip.write(justUnderTheRatioRule);
            }
        }

        assertRefused("many.docx", bytes.toByteArray())
                .hasMessage("The file many.docx expands to more than 50 MB and cannot be accepted");
    }

    @Test
    void a_word_document_of_1000_parts_is_accepted_and_one_of_1001_is_refused() throws IOException {
        assertThat(UploadedFiles.checked(FIELD, "parts.docx", documentWithParts(1_000)).contentType())
                .isEqualTo(DOCX_TYPE);

        assertRefused("parts.docx", documentWithParts(1_001))
                .hasMessage("The file parts.docx holds more than 1,000 parts and cannot be accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.sh", "word/../../evil.sh", "..\\evil.bat", "/etc/cron.d/evil",
            "C:/Windows/evil.dll"})
    void a_part_named_outside_the_document_is_refused(String partName) throws IOException {
        byte[] document = zip(wordPartsAnd(partName, new byte[]{1}));

        // the part's name as the zip holds it: a zip written on Windows may hold ..\\evil.bat as ../evil.bat
        assertRefused("escape.docx", document)
                .hasMessageStartingWith("The file escape.docx holds a part named ")
                .hasMessageEndingWith(partName.substring(partName.indexOf("evil"))
                        + " outside the document and cannot be accepted");
    }

    @Test
    void a_word_document_with_macros_is_refused() throws IOException {
        byte[] document = zip(wordPartsAnd("word/vbaProject.bin", new byte[]{1, 2, 3}));

        assertRefused("macro.docx", document).hasMessage("The file macro.docx holds macros, which cannot be accepted:"
                + " save it as a Word document (.docx)");
    }

    @Test
    void a_zip_whose_directory_names_other_parts_than_its_entries_hold_is_refused_as_damaged() throws IOException {
        byte[] document = zip(wordPartsAnd("word/styles.xml", new byte[]{1}));
        // the first occurrence is the local header, the one a streaming reader sees; the central directory keeps
        // the real name, which Word and java.util.zip.ZipFile read
        replaceFirst(document, "word/styles.xml", "word/evils!.xml");

        assertRefused("twofaced.docx", document)
                .hasMessage("The file twofaced.docx is damaged and cannot be read as a Word document");
    }

    @Test
    void a_corrupt_cut_short_or_altered_word_document_is_refused_as_damaged() throws IOException {
        byte[] garbage = Arrays.copyOf(new byte[]{'P', 'K', 3, 4}, 2048);
        Arrays.fill(garbage, 4, garbage.length, (byte) 0x5A);
        byte[] document = poiDocument();
        byte[] cutShort = Arrays.copyOf(document, document.length / 2);

        byte[] alteredText = storedDocument();
        replaceFirst(alteredText, "Signed DMA", "Signed DMB");

        assertRefused("garbage.docx", garbage)
                .hasMessage("The file garbage.docx is damaged and cannot be read as a Word document");
        assertRefused("cut.docx", cutShort)
                .hasMessage("The file cut.docx is damaged and cannot be read as a Word document");
        assertRefused("altered.docx", alteredText).as("checksum")
                .hasMessage("The file altered.docx is damaged and cannot be read as a Word document");
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused("form.pdf", new byte[0]).hasMessage("The file form.pdf is empty");
        assertRefused(null, null).hasMessage("The file you uploaded is empty");
    }

    @Test
    void a_file_of_10_mb_is_accepted_and_one_byte_more_is_refused() {
        byte[] tenMegabytes = Arrays.copyOf(pdf(), UploadedFiles.MAX_BYTES);
        byte[] oneByteMore = Arrays.copyOf(pdf(), UploadedFiles.MAX_BYTES + 1);

        assertThat(UploadedFiles.checked(FIELD, "big.pdf", tenMegabytes).contentType()).isEqualTo("application/pdf");
        assertRefused("big.pdf", oneByteMore).hasMessage("The file big.pdf is larger than 10 MB");
    }

    @Test
    void the_stored_name_ends_with_the_extension_of_the_type_found_in_the_bytes() throws IOException {
        assertThat(storedName("notes.txt", pdf())).isEqualTo("notes.pdf");
        assertThat(storedName("form.PDF", pdf())).isEqualTo("form.PDF");
        assertThat(storedName("invoice.exe", pdf())).isEqualTo("invoice.pdf");
        assertThat(storedName("report", pdf())).isEqualTo("report.pdf");
        assertThat(storedName("scan 12.05.2024", pdf())).isEqualTo("scan 12.05.2024.pdf");
        assertThat(storedName("photo.jpg", image("png"))).isEqualTo("photo.png");
        assertThat(storedName("photo.JPG", image("jpg"))).isEqualTo("photo.JPG");
        assertThat(storedName("letter.doc", minimalDocument())).isEqualTo("letter.docx");
    }

    @Test
    void the_stored_name_has_no_path_invisible_characters_or_characters_windows_refuses() {
        assertThat(storedName("C:\\Users\\amy\\Desktop\\scan.pdf", pdf())).isEqualTo("scan.pdf");
        assertThat(storedName("../../etc/passwd", pdf())).isEqualTo("passwd.pdf");
        assertThat(storedName("invoice\u202Efdp.exe", pdf())).as("right-to-left override")
                .isEqualTo("invoicefdp.pdf");
        assertThat(storedName("bad\u0000\r\nname.pdf", pdf())).isEqualTo("badname.pdf");
        assertThat(storedName("Re: \"DMA\" <signed>?.pdf", pdf())).isEqualTo("Re_ _DMA_ _signed__.pdf");
        assertThat(storedName(" .hidden.pdf. ", pdf())).isEqualTo("hidden.pdf");
        assertThat(storedName(null, pdf())).isEqualTo("file.pdf");
        assertThat(storedName("  ", pdf())).isEqualTo("file.pdf");
    }

    @Test
    void the_stored_name_is_cut_to_200_characters_keeping_its_extension_and_whole_characters() {
        String longName = storedName("x".repeat(300) + ".pdf", pdf());
        String emojiAtTheCut = storedName("a".repeat(195) + "\uD83D\uDE00\uD83D\uDE00.txt", pdf());

        assertThat(longName).hasSize(200).isEqualTo("x".repeat(196) + ".pdf");
        assertThat(emojiAtTheCut).isEqualTo("a".repeat(195) + ".pdf");
    }

    private static String storedName(String fileName, byte[] content) {
        return UploadedFiles.checked(FIELD, fileName, content).fileName();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String fileName, byte[] content) {
        return assertThatThrownBy(() -> UploadedFiles.checked(FIELD, fileName, content))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(FIELD));
    }

    private static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, bytes)).isTrue();
        return bytes.toByteArray();
    }

    private static byte[] poiDocument() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("I agree to take part in the Restart Scheme.");
            document.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] minimalDocument() throws IOException {
        return zip(wordPartsAnd());
    }

    /** A Word document with its parts stored, not compressed, so a test can change their bytes. */
    private static byte[] storedDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of(UploadedFiles.WORD_CONTENT_TYPES, UploadedFiles.WORD_MAIN_PART)) {
                byte[] content = name.equals(UploadedFiles.WORD_MAIN_PART) ? DOCUMENT : CONTENT_TYPES;
                ZipEntry entry = new ZipEntry(name);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] documentWithParts(int parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            addDocumentParts(zip);
            for (int i = 2; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
                zip.write(i);
            }
        }
        return bytes.toByteArray();
    }

    /** The two parts that make a zip a Word document and 200 MB of zeros in the main part, built as a stream. */
    private static byte[] zipBomb(long zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(UploadedFiles.WORD_CONTENT_TYPES));
            zip.write(CONTENT_TYPES);
            zip.putNextEntry(new ZipEntry(UploadedFiles.WORD_MAIN_PART));
            byte[] megabyte = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += megabyte.length) {
                zip.write(megabyte);
            }
        }
        return bytes.toByteArray();
    }

    private static void addDocumentParts(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry(UploadedFiles.WORD_CONTENT_TYPES));
        zip.write(CONTENT_TYPES);
        zip.putNextEntry(new ZipEntry(UploadedFiles.WORD_MAIN_PART));
        zip.write(DOCUMENT);
    }

    private static Object[] wordPartsAnd(Object... more) {
        Object[] parts = Arrays.copyOf(new Object[]{UploadedFiles.WORD_CONTENT_TYPES, CONTENT_TYPES,
                UploadedFiles.WORD_MAIN_PART, DOCUMENT}, 4 + more.length);
        System.arraycopy(more, 0, parts, 4, more.length);
        return parts;
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
            }
        }
        return bytes.toByteArray();
    }

    private static void replaceFirst(byte[] bytes, String text, String replacement) {
        byte[] from = text.getBytes(StandardCharsets.US_ASCII);
        byte[] to = replacement.getBytes(StandardCharsets.US_ASCII);
        assertThat(to).hasSameSizeAs(from);
        for (int i = 0; i <= bytes.length - from.length; i++) {
            if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                return;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
