package app.waymark.ilr.reader;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads one ILR {@code Message}: finds the year from the root namespace, reads the header, then each learner in
 * turn, handing valid learners to the handler as it goes. One instance per file.
 */
final class IlrMessageParser {

    private final IlrLimits limits;
    private final ProblemCollector problems;
    private final IlrLearnerHandler handler;
    private final LearnerProblems fileProblems;
    private RawElement rawHeader;
    private RawElement rawLearningProvider;
    private boolean learnersStarted;
    private IlrHeader header;
    private int learnerCount;

    IlrMessageParser(IlrLimits limits, ProblemCollector problems, IlrLearnerHandler handler) {
        this.limits = limits;
        this.problems = problems;
        this.handler = handler;
        this.fileProblems = new LearnerProblems(problems);
    }

    /** Reads the whole stream; every problem, including fatal ones, goes to the problem collector. */
    void parse(InputStream in) {
        XMLStreamReader xml;
        try {
            xml = SecureXmlInputFactory.create(limits).createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            report(XmlCursor.failure(e, 1));
            return;
        } catch (RuntimeException parserInternal) {
            report(XmlCursor.unexpected(parserInternal, 1));
            return;
        }
        try {
            requireUtf8(xml);
            XmlCursor cursor = new XmlCursor(xml, limits);
            cursor.toRootElement();
            readMessage(cursor, year(cursor));
            cursor.toEndOfDocument();
        } catch (FatalReadProblem fatal) {
            report(fatal);
        } finally {
            close(xml);
        }
    }

    /** The valid header, or null. */
    IlrHeader header() {
        return header;
    }

    int learnerCount() {
        return learnerCount;
    }

    private static void requireUtf8(XMLStreamReader xml) {
        String declared = xml.getCharacterEncodingScheme();
        if (declared != null && !declared.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new FatalReadProblem(1, "ILR files must be UTF-8, but the XML declaration says '" + declared + "'");
        }
    }

    private static IlrYear year(XmlCursor cursor) {
        String namespace = cursor.namespaceUri();
        IlrYear year = IlrYear.fromNamespace(namespace).orElseThrow(() -> new FatalReadProblem(cursor.line(),
                "Unsupported ILR namespace '" + FieldReader.shortened(namespace) + "': Waymark reads the "
                        + IlrYear.acceptedLabels() + " ILR, expected one of "
                        + Arrays.stream(IlrYear.values()).map(IlrYear::namespace).collect(Collectors.joining(", "))));
        if (!cursor.localName().equals("Message")) {
            throw new FatalReadProblem(cursor.line(), "The root element must be Message"
                    + FieldReader.found(FieldReader.shortened(cursor.localName())));
        }
        return year;
    }

    private void readMessage(XmlCursor cursor, IlrYear year) {
        int messageDepth = cursor.depth();
        int messageLine = cursor.line();
        LearnerMapper learnerMapper = new LearnerMapper(year, problems);
        while (cursor.nextChild(messageDepth)) {
            switch (cursor.localName()) {
                case "Header" -> rawHeader = readBeforeLearners(cursor, IlrShapes.HEADER, rawHeader);
                case "LearningProvider" ->
                        rawLearningProvider = readBeforeLearners(cursor, IlrShapes.LEARNING_PROVIDER, rawLearningProvider);
                case "Learner" -> {
                    startLearners(year, messageLine);
                    readLearner(cursor, learnerMapper);
                }
                default -> cursor.skipElement();
            }
        }
        startLearners(year, messageLine);
    }

    private RawElement readBeforeLearners(XmlCursor cursor, ElementShape shape, RawElement alreadyRead) {
        String name = cursor.localName();
        int line = cursor.line();
        RawElement element = ShapedElementReader.read(cursor, shape);
        if (learnersStarted) {
            fileProblems.add(line, name, name + " must come before the first Learner");
        } else if (alreadyRead != null) {
            fileProblems.add(line, name, name + " appears more than once");
        }
        return alreadyRead != null ? alreadyRead : element;
    }

    /** Once the first learner starts (or the file ends), the header is complete: check it and hand it over. */
    private void startLearners(IlrYear year, int messageLine) {
        if (learnersStarted) {
            return;
        }
        learnersStarted = true;
        header = HeaderMapper.map(year, rawHeader, rawLearningProvider, messageLine, fileProblems);
        if (header != null) {
            handler.header(header);
        }
    }

    private void readLearner(XmlCursor cursor, LearnerMapper learnerMapper) {
        RawElement rawLearner = ShapedElementReader.read(cursor, IlrShapes.LEARNER);
        learnerCount++;
        IlrLearner learner = learnerMapper.map(rawLearner);
        // without a valid header there is nothing to attach learners to, but they are still checked
        if (learner != null && header != null) {
            handler.learner(learner);
        }
    }

    private void report(FatalReadProblem fatal) {
        problems.add(fatal.line(), null, null, fatal.getMessage());
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the underlying stream is closed by the caller
        }
    }
}
