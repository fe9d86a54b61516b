package app.waymark.ilr.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Bounds the size of every tag, comment, CDATA section, processing instruction and declaration before the XML
 * parser sees it: the JDK parser buffers each of these whole, so one 300 MB comment would otherwise cost 600 MB of
 * heap. Text between tags is not bounded here: the parser hands it over in chunks and {@link XmlCursor} counts it.
 * Works on bytes, which is safe for UTF-8 because the delimiters are ASCII and never occur inside a multi-byte
 * character. It only needs to be right for well-formed XML; anything it misreads, the parser rejects.
 */
final class MarkupSizeGuardInputStream extends FilterInputStream {

    private enum Token {
        CONTENT(null),
        OPENED("tag"),
        TAG("tag"),
        BANG("declaration"),
        COMMENT_OPENING("comment"),
        COMMENT("comment"),
        CDATA("CDATA section"),
        PROCESSING_INSTRUCTION("processing instruction"),
        DECLARATION("declaration");

        private final String description;

        Token(String description) {
            this.description = description;
        }
    }

    private final long maxTokenBytes;
    private final LineCounter lines = new LineCounter();
    private Token token = Token.CONTENT;
    private long tokenBytes;
    private int quote;
    private int bracketDepth;
    private int previous;
    private int beforePrevious;

    MarkupSizeGuardInputStream(InputStream in, long maxTokenBytes) {
        super(in);
        this.maxTokenBytes = maxTokenBytes;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            accept(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        int end = offset + Math.max(n, 0);
        int i = offset;
        while (i < end) {
            // text and tags are nearly every byte of an ILR file: their own loops keep the check cheap
            if (token == Token.CONTENT) {
                i = skipContent(buffer, i, end);
            } else if (token == Token.TAG) {
                i = skipTag(buffer, i, end);
            } else {
                accept(buffer[i++] & 0xFF);
            }
        }
        return n;
    }

    /** {@link #accept} for text between tags, up to and including the next {@code <}; returns where it stopped. */
    private int skipContent(byte[] buffer, int from, int end) {
        for (int i = from; i < end; i++) {
            int b = buffer[i] & 0xFF;
            lines.accept(b);
            if (b == '<') {
                start(Token.OPENED);
                return i + 1;
            }
        }
        return end;
    }

    /**
     * {@link #accept} inside a tag, up to and including its closing {@code >}; returns where it stopped. The bytes
     * before the last two are not kept: only comments, CDATA sections and processing instructions look at them.
     */
    private int skipTag(byte[] buffer, int from, int end) throws RejectedInputException {
        for (int i = from; i < end; i++) {
            int b = buffer[i] & 0xFF;
            lines.accept(b);
            if (++tokenBytes > maxTokenBytes) {
                throw tooLong();
            }
            inTag(b);
            if (token == Token.CONTENT) {
                return i + 1;
            }
        }
        return end;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte must be checked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void accept(int b) throws RejectedInputException {
        lines.accept(b);
        if (token == Token.CONTENT) {
            if (b == '<') {
                start(Token.OPENED);
            }
            return;
        }
        tokenBytes++;
        if (tokenBytes > maxTokenBytes) {
            throw tooLong();
        }
        switch (token) {
            case OPENED -> {
                if (b == '!') {
                    token = Token.BANG;
                } else if (b == '?') {
                    token = Token.PROCESSING_INSTRUCTION;
                } else {
                    token = Token.TAG;
                    inTag(b);
                }
            }
            case BANG -> token = b == '-' ? Token.COMMENT_OPENING : b == '[' ? Token.CDATA : Token.DECLARATION;
            case COMMENT_OPENING -> {
                token = b == '-' ? Token.COMMENT : Token.DECLARATION;
                b = 0; // the dashes of "<!--" must not count towards the closing "-->"
            }
            case TAG -> inTag(b);
            case COMMENT -> endsWith('-', '-', b);
            case CDATA -> endsWith(']', ']', b);
            case PROCESSING_INSTRUCTION -> {
                if (previous == '?' && b == '>') {
                    token = Token.CONTENT;
                }
            }
            case DECLARATION -> inDeclaration(b);
            default -> throw new IllegalStateException(token.name());
        }
        beforePrevious = previous;
        previous = b;
    }

    private RejectedInputException tooLong() {
        return new RejectedInputException(lines.line(), String.format(Locale.ROOT,
                "A %s is longer than %,d bytes", token.description, maxTokenBytes));
    }

    private void start(Token started) {
        token = started;
        tokenBytes = 1;
        quote = 0;
        bracketDepth = 0;
        previous = '<';
        beforePrevious = 0;
    }

    private void inTag(int b) {
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            token = Token.CONTENT;
        }
    }

    private void endsWith(int first, int second, int b) {
        if (beforePrevious == first && previous == second && b == '>') {
            token = Token.CONTENT;
        }
    }

    private void inDeclaration(int b) {
        if (b == '[') {
            bracketDepth++;
        } else if (b == ']') {
            bracketDepth--;
        } else if (b == '>' && bracketDepth <= 0) {
            token = Token.CONTENT;
        }
    }
}
