package app.waymark.branding;

import app.waymark.base.InvalidInputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Turns an uploaded logo into a small PNG that is safe to serve on every tenant page: PNG or JPEG by content only,
 * never SVG (it can carry scripts), no larger than the portal shows it, and without the upload's metadata.
 */
public final class LogoImages {

    public static final int MAX_UPLOAD_BYTES = 1_048_576;
    /** Checked from the image header before decoding: a small file can declare a huge image (decompression bomb). */
    public static final int MAX_SIDE_PIXELS = 5000;
    public static final long MAX_PIXELS = 16_000_000;
    public static final int MAX_LOGO_WIDTH = 600;
    public static final int MAX_LOGO_HEIGHT = 200;
    public static final String PNG_CONTENT_TYPE = "image/png";

    private static final String FIELD = "logo";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int SVG_SNIFF_BYTES = 4096;

    /** The logo as stored and served: always a PNG within {@link #MAX_LOGO_WIDTH} × {@link #MAX_LOGO_HEIGHT}. */
    public record ProcessedLogo(byte[] png, int width, int height, String contentType) {
    }

    private enum Format {
        PNG("png", "PNG"), JPEG("jpeg", "JPEG");

        final String imageIoName;
        final String displayName;

        Format(String imageIoName, String displayName) {
            this.imageIoName = imageIoName;
            this.displayName = displayName;
        }
    }

    public static ProcessedLogo process(byte[] upload, String fileName) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException(FIELD, "The logo file is empty. Choose a PNG or JPEG image.");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException(FIELD, "The logo file is " + megabytes(upload.length) + " ("
                    + String.format(Locale.UK, "%,d", upload.length) + " bytes); the largest accepted is 1 MB ("
                    + String.format(Locale.UK, "%,d", MAX_UPLOAD_BYTES) + " bytes). A logo is shown at most "
                    + MAX_LOGO_WIDTH + " × " + MAX_LOGO_HEIGHT + " pixels, so save it smaller and upload it again.");
        }
        Format format = formatOf(upload, fileName);
        BufferedImage decoded = decode(upload, format);
        boolean keepTransparency = format == Format.PNG && decoded.getColorModel().hasAlpha();
        BufferedImage logo = fitWithinLogoBox(decoded, keepTransparency);
        return new ProcessedLogo(encodePng(logo), logo.getWidth(), logo.getHeight(), PNG_CONTENT_TYPE);
    }

    private static Format formatOf(byte[] upload, String fileName) {
        if (startsWith(upload, PNG_SIGNATURE)) {
            return Format.PNG;
        }
        if (startsWith(upload, JPEG_SIGNATURE)) {
            return Format.JPEG;
        }
        if (looksLikeSvg(upload)) {
            throw new InvalidInputException(FIELD, "SVG logos are not accepted because an SVG file can contain"
                    + " scripts. Upload the logo as a PNG or JPEG image.");
        }
        String file = fileName == null || fileName.isBlank() ? "the file" : "\"" + fileName.strip() + "\"";
        throw new InvalidInputException(FIELD, "The content of " + file + " is not a PNG or JPEG image, whatever"
                + " the file name says. Upload the logo as a PNG or JPEG image.");
    }

    private static boolean looksLikeSvg(byte[] upload) {
        // ISO-8859-1 maps each byte to one char, so the UTF-8 byte order mark shows as three chars.
        String head = new String(upload, 0, Math.min(upload.length, SVG_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        head = head.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<?xml") || head.startsWith("<svg")
                || (head.startsWith("<") && head.contains("<svg")); // after a doctype or comment
    }

    private static BufferedImage decode(byte[] upload, Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format.imageIoName);
        }
        ImageReader reader = readers.next();
        // In memory: ImageIO.createImageInputStream would cache to a temporary file.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS || (long) width * height > MAX_PIXELS) {
                throw new InvalidInputException(FIELD, "The logo image is " + pixels(width) + " × " + pixels(height)
                        + " pixels; the largest accepted is " + pixels(MAX_SIDE_PIXELS) + " pixels on each side and "
                        + MAX_PIXELS / 1_000_000 + " megapixels in all. Save it smaller and upload it again.");
            }
            return reader.read(0);
        } catch (InvalidInputException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            // Damaged files and kinds the decoder does not support (e.g. some CMYK JPEGs, 12-bit JPEGs) land here;
            // decoders throw runtime exceptions on malformed input as well as IOExceptions.
            throw new InvalidInputException(FIELD, "The logo could not be read as a " + format.displayName
                    + " image: the file may be damaged or use a kind of " + format.displayName + " that is not"
                    + " supported. Save it again as a standard " + format.displayName + " (RGB colours) and upload"
                    + " it again.");
        } finally {
            reader.dispose();
        }
    }

    /** Scaled down to fit the logo box keeping its proportions, never up; always a fresh image without metadata. */
    private static BufferedImage fitWithinLogoBox(BufferedImage source, boolean keepTransparency) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, Math.min((double) MAX_LOGO_WIDTH / width, (double) MAX_LOGO_HEIGHT / height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        int type = keepTransparency ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;

        BufferedImage current = redraw(source, width, height, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // One bicubic step from a much larger image skips source pixels (aliasing); halving first keeps detail.
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = redraw(current, current.getWidth() / 2, current.getHeight() / 2, type,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            current = redraw(current, targetWidth, targetHeight, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return current;
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("No ImageIO writer for PNG");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Rounded up, so a file just over the limit never shows as "1.0 MB". */
    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MAX_UPLOAD_BYTES), 1, RoundingMode.CEILING)
                .toPlainString() + " MB";
    }

    private static String pixels(long count) {
        return String.format(Locale.UK, "%,d", count);
    }

    private LogoImages() {
    }
}
