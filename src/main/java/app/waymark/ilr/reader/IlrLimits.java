package app.waymark.ilr.reader;

/**
 * Bounds that keep a hostile or broken file from exhausting memory, disk or time.
 *
 * @param maxFileBytes         largest file accepted, .xml or .zip, checked before anything is parsed
 * @param maxUncompressedBytes most bytes read out of a zip entry
 * @param maxCompressionRatio  most bytes read out of a zip entry per byte of the zip file
 * @param maxTextLength        longest text value, in characters
 * @param maxDepth             deepest element nesting ({@code Message} is level 1)
 * @param maxProblems          most problems kept; further ones are counted only as truncation
 */
public record IlrLimits(long maxFileBytes, long maxUncompressedBytes, int maxCompressionRatio, int maxTextLength,
                        int maxDepth, int maxProblems) {

    private static final long MIN_MARKUP_BYTES = 65_536;

    public IlrLimits {
        if (maxFileBytes < 1 || maxUncompressedBytes < 1 || maxCompressionRatio < 1 || maxTextLength < 1
                || maxDepth < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("every ILR limit must be at least 1");
        }
    }

    /** 500 MB file, 2 GB uncompressed, ratio 100, text 10,000 characters, depth 32, 1,000 problems. */
    public static IlrLimits defaults() {
        return new IlrLimits(500_000_000L, 2_000_000_000L, 100, 10_000, 32, 1_000);
    }

    /**
     * Longest comment, CDATA section, tag or declaration, in bytes. The JDK parser holds each of these whole in
     * memory (unlike text, which it hands over in chunks), so they are bounded before they reach it.
     */
    long maxMarkupBytes() {
        return Math.max(MIN_MARKUP_BYTES, 4L * maxTextLength);
    }
}
