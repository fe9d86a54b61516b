package app.waymark.branding;

import app.waymark.base.InvalidInputException;
import app.waymark.branding.LogoImages.ProcessedLogo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoImagesTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Test
    void a_large_png_is_scaled_down_to_fit_600_by_200_keeping_its_proportions() {
        ProcessedLogo logo = LogoImages.process(png(opaque(2000, 1000, Color.BLUE)), "logo.png");

        assertThat(logo.width()).isEqualTo(400);
        assertThat(logo.height()).isEqualTo(200);
        assertThat(logo.contentType()).isEqualTo("image/png");
        BufferedImage stored = read(logo.png());
        assertThat(stored.getWidth()).isEqualTo(400);
        assertThat(stored.getHeight()).isEqualTo(200);
    }

    @Test
    void a_tall_image_is_limited_by_its_height_and_a_wide_one_by_its_width() {
        ProcessedLogo tall = LogoImages.process(png(opaque(300, 1000, Color.RED)), "tall.png");
        ProcessedLogo wide = LogoImages.process(png(opaque(3000, 400, Color.RED)), "wide.png");

        assertThat(tall.width()).isEqualTo(60);
        assertThat(tall.height()).isEqualTo(200);
        assertThat(wide.width()).isEqualTo(600);
        assertThat(wide.height()).isEqualTo(80);
    }

    @Test
    void a_small_image_is_not_scaled_up() {
        ProcessedLogo logo = LogoImages.process(png(opaque(100, 50, Color.GREEN)), "small.png");

        assertThat(logo.width()).isEqualTo(100);
        assertThat(logo.height()).isEqualTo(50);
        assertThat(read(logo.png()).getRGB(50, 25)).isEqualTo(Color.GREEN.getRGB());
    }

    @Test
    void scaling_keeps_colours_right_up_to_the_edges() {
        ProcessedLogo logo = LogoImages.process(png(opaque(2000, 1000, new Color(0x1D4F91))), "logo.png");

        BufferedImage stored = read(logo.png());
        for (int[] point : new int[][] {{0, 0}, {399, 0}, {0, 199}, {399, 199}, {200, 100}}) {
            assertThat(stored.getRGB(point[0], point[1]) & 0xFFFFFF).as("pixel %s", Arrays.toString(point))
                    .isEqualTo(0x1D4F91);
        }
    }

    @Test
    void a_png_with_transparency_keeps_it() {
        BufferedImage image = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(600, 0, 600, 400); // left half stays fully transparent
        graphics.dispose();

        ProcessedLogo logo = LogoImages.process(png(image), "logo.png");

        BufferedImage stored = read(logo.png());
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertThat(stored.getRGB(100, 100) >>> 24).as("alpha, transparent half").isZero();
        assertThat(stored.getRGB(500, 100)).as("opaque half").isEqualTo(Color.RED.getRGB());
    }

    @Test
    void a_jpeg_becomes_an_opaque_png() {
        ProcessedLogo logo = LogoImages.process(jpeg(opaque(800, 600, Color.WHITE)), "photo.jpg");

        assertThat(logo.width()).isEqualTo(267);
        assertThat(logo.height()).isEqualTo(200);
        assertThat(Arrays.copyOf(logo.png(), 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(read(logo.png()).getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void a_cmyk_jpeg_is_converted_to_rgb() {
        // Adobe-style CMYK is stored inverted: 255 means no ink. Cyan ink only, so the logo is cyan.
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 40, 20, 4, null);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                cmyk.setPixel(x, y, new int[] {0, 255, 255, 255});
            }
        }

        ProcessedLogo logo = LogoImages.process(jpegFromRaster(cmyk), "print.jpg");

        Color pixel = new Color(read(logo.png()).getRGB(20, 10));
        assertThat(pixel.getRed()).isLessThan(64);
        assertThat(pixel.getGreen()).isGreaterThan(192);
        assertThat(pixel.getBlue()).isGreaterThan(192);
    }

    @Test
    void text_chunks_and_other_metadata_of_the_upload_are_not_kept() {
        byte[] withComment = insertAfterIhdr(png(opaque(50, 50, Color.BLUE)),
                chunk("tEXt", "Comment\0private-notes-of-the-designer".getBytes(StandardCharsets.ISO_8859_1)));

        ProcessedLogo logo = LogoImages.process(withComment, "logo.png");

        assertThat(new String(logo.png(), StandardCharsets.ISO_8859_1)).doesNotContain("private-notes");
    }

    @Test
    void a_renamed_windows_executable_is_refused_whatever_its_name() {
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[2] = (byte) 0x90;

        assertThatThrownBy(() -> LogoImages.process(executable, "logo.png"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"))
                .hasMessage("The content of \"logo.png\" is not a PNG or JPEG image, whatever the file name says."
                        + " Upload the logo as a PNG or JPEG image.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIF89a\u0001\u0000\u0001\u0000", "%PDF-1.7\n%âãÏÓ", "just some text", "<html></html>"})
    void other_kinds_of_file_are_refused_as_not_png_or_jpeg(String content) {
        assertThatThrownBy(() -> LogoImages.process(content.getBytes(StandardCharsets.ISO_8859_1), "logo.jpg"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"logo.jpg\" is not a PNG or JPEG image");
    }

    @Test
    void a_file_without_a_name_is_called_the_file() {
        assertThatThrownBy(() -> LogoImages.process("GIF89a".getBytes(StandardCharsets.US_ASCII), null))
                .hasMessageStartingWith("The content of the file is not a PNG or JPEG image");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "\uFEFF  \n\t<SVG xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n<svg/>",
            "<!-- made with a drawing program -->\n<svg/>"})
    void svg_file_is_refused_even_when_named_png(String svg) {
        assertThatThrownBy(() -> LogoImages.process(svg.getBytes(StandardCharsets.UTF_8), "logo.png"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"))
                .hasMessage("SVG logos are not accepted because an SVG file can contain scripts."
                        + " Upload the logo as a PNG or JPEG image.");
    }

    @Test
    void an_empty_or_missing_file_is_refused() {
        assertThatThrownBy(() -> LogoImages.process(new byte[0], "logo.png"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The logo file is empty. Choose a PNG or JPEG image.");
        assertThatThrownBy(() -> LogoImages.process(null, "logo.png"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void a_file_over_1_mb_is_refused_saying_its_size_and_the_limit() {
        byte[] big = Arrays.copyOf(PNG_SIGNATURE, 1_468_006);
        byte[] noise = new byte[big.length - PNG_SIGNATURE.length];
        new Random(1).nextBytes(noise);
        System.arraycopy(noise, 0, big, PNG_SIGNATURE.length, noise.length);

        assertThatThrownBy(() -> LogoImages.process(big, "logo.png"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"))
                .hasMessageStartingWith("The logo file is 1.4 MB (1,468,006 bytes); the largest accepted is 1 MB"
                        + " (1,048,576 bytes).");
    }

    @Test
    void a_file_one_byte_over_the_limit_does_not_show_as_1_0_mb() {
        assertThatThrownBy(() -> LogoImages.process(Arrays.copyOf(PNG_SIGNATURE, 1_048_577), "logo.png"))
                .hasMessageStartingWith("The logo file is 1.1 MB (1,048,577 bytes)");
    }

    @Test
    void a_file_of_exactly_1_mb_passes_the_size_check() {
        assertThatThrownBy(() -> LogoImages.process(Arrays.copyOf(PNG_SIGNATURE, 1_048_576), "logo.png"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The logo could not be read as a PNG image");
    }

    @Test
    void an_image_whose_header_claims_100000_by_100000_pixels_is_refused_without_decoding() {
        byte[] bomb = withDimensions(png(opaque(10, 10, Color.BLUE)), 100_000, 100_000);

        // Decoding would need 40 GB; the message shows the refusal came from the header check.
        assertThatThrownBy(() -> LogoImages.process(bomb, "logo.png"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"))
                .hasMessage("The logo image is 100,000 × 100,000 pixels; the largest accepted is 5,000 pixels on"
                        + " each side and 16 megapixels in all. Save it smaller and upload it again.");
    }

    @Test
    void one_pixel_too_wide_is_refused_and_exactly_5000_is_accepted() {
        assertThatThrownBy(() -> LogoImages.process(withDimensions(png(opaque(10, 10, Color.BLUE)), 5001, 1), "l.png"))
                .hasMessageStartingWith("The logo image is 5,001 × 1 pixels");

        ProcessedLogo logo = LogoImages.process(png(opaque(5000, 40, Color.BLUE)), "strip.png");
        assertThat(logo.width()).isEqualTo(600);
        assertThat(logo.height()).isEqualTo(5);
    }

    @Test
    void an_image_within_the_side_limit_but_over_16_megapixels_is_refused() {
        assertThatThrownBy(() -> LogoImages.process(withDimensions(png(opaque(10, 10, Color.BLUE)), 4500, 4000),
                "poster.png"))
                .hasMessageStartingWith("The logo image is 4,500 × 4,000 pixels");
    }

    @Test
    void a_jpeg_header_claiming_a_huge_image_is_refused_without_decoding() {
        byte[] jpeg = jpeg(opaque(16, 16, Color.BLUE));
        int frame = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
        // Start of frame: marker, length (2), precision (1), height (2), width (2).
        ByteBuffer.wrap(jpeg, frame + 5, 4).putShort((short) 60_000).putShort((short) 60_000);

        assertThatThrownBy(() -> LogoImages.process(jpeg, "photo.jpg"))
                .hasMessageStartingWith("The logo image is 60,000 × 60,000 pixels");
    }

    @Test
    void a_damaged_png_is_refused_clearly() {
        byte[] truncated = Arrays.copyOf(png(opaque(200, 100, Color.BLUE)), 60);

        assertThatThrownBy(() -> LogoImages.process(truncated, "logo.png"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"))
                .hasMessage("The logo could not be read as a PNG image: the file may be damaged or use a kind of PNG"
                        + " that is not supported. Save it again as a standard PNG (RGB colours) and upload it again.");
    }

    @Test
    void a_damaged_jpeg_is_refused_clearly() {
        byte[] garbage = new byte[2000];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;

        assertThatThrownBy(() -> LogoImages.process(garbage, "photo.jpg"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The logo could not be read as a JPEG image");
    }

    private static BufferedImage opaque(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    private static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpegFromRaster(Raster raster) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG with its IHDR width and height replaced, and the chunk's CRC recomputed so readers accept it. */
    private static byte[] withDimensions(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC follows the 13 data bytes.
        ByteBuffer.wrap(patched, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17);
        ByteBuffer.wrap(patched, 29, 4).putInt((int) crc.getValue());
        return patched;
    }

    private static byte[] insertAfterIhdr(byte[] png, byte[] chunk) {
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.writeBytes(chunk);
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue())
                .array();
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new AssertionError("not found: " + Arrays.toString(wanted));
    }
}
