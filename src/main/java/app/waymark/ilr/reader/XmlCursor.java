package app.waymark.ilr.reader;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Walks an XML stream element by element for the ILR mappers, enforcing the reader's structural limits on every
 * event, including those inside elements that are skipped: no DTD, no entity references, bounded nesting depth
 * and bounded text. Anything wrong here stops the read with a {@link FatalReadProblem}.
 */
final class XmlCursor {

    private final XMLStreamReader xml;
    private final IlrLimits limits;
    private int depth;
    private long textRun;
    private int line = 1;

    XmlCursor(XMLStreamReader xml, IlrLimits limits) {
        this.xml = xml;
        this.limits = limits;
    }

    /** Moves to the root element's start tag. */
    void toRootElement() {
        int event;
        while ((event = advance()) != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new FatalReadProblem(line, "The file has no XML elements");
            }
        }
    }

    /**
     * From inside the element that started at {@code parentDepth}, moves to its next child start tag (true), or past
     * its end tag (false). Children already visited must have been read or skipped completely.
     */
    boolean nextChild(int parentDepth) {
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && depth < parentDepth) {
                return false;
            }
        }
    }

    /** From a start tag, reads the element's trimmed text; child elements are skipped and flagged. */
    ElementText readText() {
        int elementDepth = depth;
        StringBuilder text = new StringBuilder();
        boolean containsElements = false;
        while (true) {
            int event = advance();
            if (isText(event)) {
                if (text.length() + xml.getTextLength() > limits.maxTextLength()) {
                    throw textTooLong();
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                containsElements = true;
                skipElement();
            } else if (event == XMLStreamConstants.END_ELEMENT && depth < elementDepth) {
                return new ElementText(text.toString().strip(), containsElements);
            }
        }
    }

    /** From a start tag, moves past the matching end tag, still checking everything in between. */
    void skipElement() {
        int elementDepth = depth;
        while (advance() != XMLStreamConstants.END_ELEMENT || depth >= elementDepth) {
            // nothing to keep
        }
    }

    /** After the root element, reads to the end so trailing garbage or a truncated file is noticed. */
    void toEndOfDocument() {
        while (xml.getEventType() != XMLStreamConstants.END_DOCUMENT) {
            advance();
        }
    }

    int depth() {
        return depth;
    }

    /** The line of the current event (for a start tag, the line its {@code >} is on). */
    int line() {
        return line;
    }

    String localName() {
        return xml.getLocalName();
    }

    String namespaceUri() {
        String namespace = xml.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    private int advance() {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw failure(e);
        } catch (RuntimeException parserInternal) {
            throw unexpected(parserInternal, line);
        }
        int eventLine = xml.getLocation().getLineNumber();
        if (eventLine > 0) {
            line = eventLine;
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                textRun = 0;
                depth++;
                if (depth > limits.maxDepth()) {
                    throw new FatalReadProblem(line, "Elements are nested more than " + limits.maxDepth() + " levels deep");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> {
                textRun = 0;
                depth--;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                textRun += xml.getTextLength();
                if (textRun > limits.maxTextLength()) {
                    throw textTooLong();
                }
            }
            case XMLStreamConstants.END_DOCUMENT -> {
                if (depth > 0) {
                    throw new FatalReadProblem(line, "The file ends before all its elements are closed");
                }
            }
            case XMLStreamConstants.DTD -> throw new FatalReadProblem(line, "DOCTYPE declarations are not allowed in ILR files");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw new FatalReadProblem(line,
                    "Entity references are not allowed in ILR files (found '&" + xml.getLocalName() + ";')");
            default -> textRun = 0;
        }
        return event;
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private FatalReadProblem textTooLong() {
        return new FatalReadProblem(line, String.format(Locale.ROOT,
                "A text value is longer than %,d characters", limits.maxTextLength()));
    }

    /** Turns a parser exception into the problem it stands for, or rethrows a genuine I/O failure. */
    private FatalReadProblem failure(XMLStreamException e) {
        return failure(e, line);
    }

    /** As {@link #failure(XMLStreamException)}, for exceptions from outside a cursor (e.g. creating the reader). */
    static FatalReadProblem failure(XMLStreamException e, int lineIfUnknown) {
        int errorLine = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? e.getLocation().getLineNumber() : lineIfUnknown;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedInputException rejected) {
                return new FatalReadProblem(rejected.line() > 0 ? rejected.line() : errorLine, rejected.getMessage());
            }
            if (cause instanceof CharConversionException encoding) {
                return new FatalReadProblem(errorLine, "The file is not valid UTF-8 (ILR files must be UTF-8): "
                        + encoding.getMessage());
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
        }
        return new FatalReadProblem(errorLine, "The file is not well-formed XML: " + parserMessage(e));
    }

    /**
     * The JDK parser reports bad input as {@link XMLStreamException}; should one of its internals throw anything
     * else, that is still about the file, and the file is still the thing to report.
     */
    static FatalReadProblem unexpected(RuntimeException e, int line) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedInputException rejected) {
                return new FatalReadProblem(rejected.line() > 0 ? rejected.line() : line, rejected.getMessage());
            }
            if (cause instanceof IOException io && !(cause instanceof CharConversionException)) {
                throw new UncheckedIOException(io);
            }
        }
        return new FatalReadProblem(line, "The file could not be parsed: " + e);
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:[3,4]\nMessage: "; the line is reported separately. */
    private static String parserMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int start = message.indexOf("Message: ");
        return (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
    }

    /** The text of an element that should hold only text. */
    record ElementText(String text, boolean containsElements) {
    }
}
