package io.numberstoolkit.contract;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX streams that cannot be turned against the simulator: XML from a client is read with DTDs,
 * external entities and entity replacement off, so no request can make it read a file or a URL
 * (XXE) or expand entities without bound (billion laughs).
 */
final class SecureXmlStreams {
  private SecureXmlStreams() {}

  /** A stream over the text, without a leading byte order mark. */
  static XMLStreamReader open(String text) throws XMLStreamException {
    return secureFactory().createXMLStreamReader(new StringReader(withoutByteOrderMark(text)));
  }

  static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // the document is read or refused already; nothing is left to report
      }
    }
  }

  /**
   * The JDK's own StAX parser (not whichever one the classpath offers), with DTDs, external
   * entities and entity replacement off, and a resolver that refuses, should anything still ask it.
   * A DTD is then reported as an event, which {@link RailsXmlReader} refuses before anything else
   * is read.
   */
  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are never resolved");
        });
    return factory;
  }

  /** Editors on some systems start UTF-8 text with U+FEFF; as a character it would be content. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
