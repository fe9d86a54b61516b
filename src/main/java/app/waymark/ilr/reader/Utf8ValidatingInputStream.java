package app.waymark.ilr.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes bytes through only while they are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF). ILR files must be UTF-8. Checking here rather than in the parser gives the exact line of the bad
 * byte and keeps the JDK parser from printing its own error report to standard error.
 */
final class Utf8ValidatingInputStream extends FilterInputStream {

    private final LineCounter lines = new LineCounter();
    private int continuationBytesExpected;
    private int nextLowest = 0x80;
    private int nextHighest = 0xBF;
    private int leadByte;

    Utf8ValidatingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte must be checked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) throws RejectedInputException {
        if (continuationBytesExpected > 0) {
            if (b < nextLowest || b > nextHighest) {
                throw invalid("byte " + hex(b) + " cannot follow " + hex(leadByte));
            }
            continuationBytesExpected--;
            nextLowest = 0x80;
            nextHighest = 0xBF;
            return;
        }
        lines.accept(b);
        if (b < 0x80) {
            return;
        }
        leadByte = b;
        if (b >= 0xC2 && b <= 0xDF) {
            continuationBytesExpected = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            continuationBytesExpected = 2;
            if (b == 0xE0) {
                nextLowest = 0xA0; // shorter forms are overlong
            } else if (b == 0xED) {
                nextHighest = 0x9F; // above this are UTF-16 surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuationBytesExpected = 3;
            if (b == 0xF0) {
                nextLowest = 0x90;
            } else if (b == 0xF4) {
                nextHighest = 0x8F; // above U+10FFFF
            }
        } else {
            throw invalid("byte " + hex(b) + " cannot start a character");
        }
    }

    private void atEnd() throws RejectedInputException {
        if (continuationBytesExpected > 0) {
            throw invalid("the file ends in the middle of a character");
        }
    }

    private RejectedInputException invalid(String detail) {
        return new RejectedInputException(lines.line(), "The file is not valid UTF-8 (ILR files must be UTF-8): " + detail);
    }

    private static String hex(int b) {
        return String.format(Locale.ROOT, "0x%02X", b);
    }
}
