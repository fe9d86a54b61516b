package app.waymark.ilr.reader;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Creates the JDK's own StAX factory locked down against XXE, external DTDs and entity expansion. DTDs and entity
 * references are refused outright by {@link XmlCursor}; these settings make sure nothing is fetched or expanded
 * even before that happens.
 */
final class SecureXmlInputFactory {

    private static final String JDK_MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

    private SecureXmlInputFactory() {
    }

    static XMLInputFactory create(IlrLimits limits) {
        // the JDK's built-in implementation, whatever StAX providers are on the class path
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false); // text arrives in chunks, so it can be bounded
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // one more than ours, so our own check (with its clearer message) always comes first
        setIfSupported(factory, JDK_MAX_ELEMENT_DEPTH, limits.maxDepth() + 1);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not allowed in ILR files: " + systemId);
        });
        factory.setXMLReporter((message, type, info, location) -> {
            // warnings only; errors are thrown and reported as problems
        });
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException notSupported) {
            // another StAX implementation; the SUPPORT_DTD and entity settings above still apply
        }
    }
}
