package io.numberstoolkit.contract;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whole XML documents read into a DOM tree as safely as {@link SecureXmlStreams} reads streams: a
 * DOCTYPE is refused, so no document can make the reader fetch a file or a URL (XXE) or expand
 * entities without bound; secure processing caps what is left. The one place a DOM parser is
 * configured, for every reader of answers that needs the tree rather than the JSON shape.
 */
public final class XmlDocuments {
  private XmlDocuments() {}

  /** The root element of the document, or why the text is not a well-formed, DOCTYPE-free document. */
  public static Element root(String text) throws XmlRejectedException {
    try {
      return builder().parse(new InputSource(new StringReader(text))).getDocumentElement();
    } catch (Exception e) {
      throw new XmlRejectedException(e.getMessage(), e);
    }
  }

  private static DocumentBuilder builder() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler()); // quiet: no "[Fatal Error]" on stderr
    return builder;
  }
}
