package io.numberstoolkit.contract;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.COMMENT;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.PROCESSING_INSTRUCTION;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Rails-style XML text to JSON; the rules are described on {@link RailsXml}. One pass over a StAX
 * stream, recursion bounded by {@link RailsXml#MAX_DEPTH}.
 */
final class RailsXmlReader {

  private static final List<String> KNOWN_TYPES =
      List.of(
          RailsXml.TYPE_ARRAY,
          RailsXml.TYPE_INTEGER,
          RailsXml.TYPE_FLOAT,
          RailsXml.TYPE_BOOLEAN,
          RailsXml.TYPE_DATETIME);

  private static final String DTD_REFUSED = "XML with a DTD is refused: ";

  /** The parser's own prefix, replaced by ours. */
  private static final Pattern PARSE_ERROR_PREFIX =
      Pattern.compile("(?s)^ParseError at \\[row,col]:\\[-?\\d+,-?\\d+]\\s*Message:\\s*");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final XMLStreamReader xml;

  private RailsXmlReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  static JsonNode read(String text) throws XmlRejectedException {
    Objects.requireNonNull(text, "xml");
    XMLStreamReader xml = null;
    try {
      xml = SecureXmlStreams.open(text);
      return new RailsXmlReader(xml).document();
    } catch (XMLStreamException e) {
      throw malformed(e);
    } finally {
      SecureXmlStreams.close(xml);
    }
  }

  private JsonNode document() throws XMLStreamException, XmlRejectedException {
    String version = xml.getVersion();
    if (version != null && !version.equals("1.0")) {
      throw new XmlRejectedException(
          "XML version " + version + " is refused: the format is XML 1.0");
    }
    int event;
    while ((event = nextEvent()) != START_ELEMENT) {
      if (event != SPACE) {
        throw new XmlRejectedException("unexpected content before the root element" + where());
      }
    }
    String rootName = xml.getLocalName();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (!xml.getAttributeLocalName(i).equals("type")) {
        throw new XmlRejectedException(
            "the root element <"
                + rootName
                + ">"
                + where()
                + " may carry only a type attribute, not "
                + xml.getAttributeLocalName(i));
      }
    }
    JsonNode value = element(1);
    while ((event = nextEvent()) != END_DOCUMENT) {
      if (event != SPACE) {
        throw new XmlRejectedException("unexpected content after the root element" + where());
      }
    }
    if (value.isArray()) {
      return value;
    }
    ObjectNode document = JSON.objectNode();
    document.set(RailsXmlNames.jsonKey(rootName), value);
    return document;
  }

  /** Reads the element the stream stands on (its start tag) through its end tag. */
  private JsonNode element(int depth) throws XMLStreamException, XmlRejectedException {
    String name = xml.getLocalName();
    String at = "element <" + name + ">" + where();
    if (depth > RailsXml.MAX_DEPTH) {
      throw new XmlRejectedException(
          "XML nested deeper than " + RailsXml.MAX_DEPTH + " elements is refused: " + at);
    }
    if (hasPrefix(xml.getPrefix()) || xml.getNamespaceCount() > 0) {
      throw new XmlRejectedException(at + ": namespaces are not part of the Rails XML format");
    }
    String type = null;
    String nil = null;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attribute = xml.getAttributeLocalName(i);
      if (hasPrefix(xml.getAttributePrefix(i))) {
        throw new XmlRejectedException(at + ": namespaces are not part of the Rails XML format");
      }
      switch (attribute) {
        case "type" -> type = xml.getAttributeValue(i);
        case "nil" -> nil = xml.getAttributeValue(i);
        default ->
            throw new XmlRejectedException(
                at
                    + ": the attribute "
                    + attribute
                    + " is not part of the Rails XML format"
                    + " (only type and nil are)");
      }
    }
    if (type != null && !KNOWN_TYPES.contains(type)) {
      throw new XmlRejectedException(
          at
              + ": unknown type=\""
              + RailsXml.abbreviate(type)
              + "\" (known: "
              + String.join(", ", KNOWN_TYPES)
              + ")");
    }
    if (nil != null && !nil.equals("true") && !nil.equals("false")) {
      throw new XmlRejectedException(
          at + ": nil must be \"true\" or \"false\", not \"" + RailsXml.abbreviate(nil) + "\"");
    }
    if ("true".equals(nil)) {
      nothingInside(at);
      return JSON.nullNode();
    }
    if (RailsXml.TYPE_ARRAY.equals(type)) {
      return array(name, at, depth);
    }
    return objectOrScalar(at, type, depth);
  }

  private void nothingInside(String at) throws XMLStreamException, XmlRejectedException {
    int event;
    while ((event = nextEvent()) != END_ELEMENT) {
      if (event == START_ELEMENT || !isXmlWhitespace(xml.getText())) {
        throw new XmlRejectedException(at + ": nil=\"true\" cannot hold content");
      }
    }
  }

  private ArrayNode array(String name, String at, int depth)
      throws XMLStreamException, XmlRejectedException {
    boolean bare = RailsXmlNames.holdsBareItems(RailsXmlNames.jsonKey(name));
    ArrayNode items = JSON.arrayNode();
    int event;
    while ((event = nextEvent()) != END_ELEMENT) {
      if (event == START_ELEMENT) {
        String itemKey = RailsXmlNames.jsonKey(xml.getLocalName());
        JsonNode item = element(depth + 1);
        items.add(bare ? item : JSON.objectNode().set(itemKey, item));
      } else if (!isXmlWhitespace(xml.getText())) {
        throw new XmlRejectedException(
            at
                + ": an array holds only elements, not the text \""
                + RailsXml.abbreviate(xml.getText().strip())
                + "\"");
      }
    }
    return items;
  }

  private JsonNode objectOrScalar(String at, String type, int depth)
      throws XMLStreamException, XmlRejectedException {
    ObjectNode children = null;
    StringBuilder text = new StringBuilder();
    int event;
    while ((event = nextEvent()) != END_ELEMENT) {
      if (event == START_ELEMENT) {
        if (type != null) {
          throw new XmlRejectedException(at + ": type=\"" + type + "\" cannot hold child elements");
        }
        if (children == null) {
          if (!isXmlWhitespace(text)) {
            throw mixed(at);
          }
          children = JSON.objectNode();
        }
        String childName = xml.getLocalName();
        String childKey = RailsXmlNames.jsonKey(childName);
        if (children.has(childKey)) {
          throw new XmlRejectedException(
              at
                  + ": <"
                  + childName
                  + ">"
                  + where()
                  + " appears twice; repeated elements belong"
                  + " inside an element with type=\"array\"");
        }
        children.set(childKey, element(depth + 1));
      } else if (children == null) {
        text.append(xml.getText());
      } else if (!isXmlWhitespace(xml.getText())) {
        throw mixed(at);
      }
    }
    return children != null ? children : RailsXmlScalars.read(at, type, text.toString());
  }

  /**
   * The next event that matters: comments are skipped; DTDs, entity references and processing
   * instructions are refused wherever they appear. Text events are CHARACTERS, CDATA or SPACE.
   */
  private int nextEvent() throws XMLStreamException, XmlRejectedException {
    while (true) {
      int event = xml.next();
      switch (event) {
        case COMMENT -> {}
        case DTD ->
            throw new XmlRejectedException(
                DTD_REFUSED
                    + "a document type declaration"
                    + where()
                    + "; the format has no DTDs or entities, which could read files or URLs");
        case ENTITY_REFERENCE ->
            throw new XmlRejectedException(
                DTD_REFUSED
                    + "the entity reference &"
                    + xml.getLocalName()
                    + ";"
                    + where()
                    + " would need one; only &amp; &lt; &gt; &quot; &apos; and character"
                    + " references are allowed");
        case PROCESSING_INSTRUCTION ->
            throw new XmlRejectedException(
                "the processing instruction <?"
                    + RailsXml.abbreviate(xml.getPITarget())
                    + "?>"
                    + where()
                    + " is refused: only the XML declaration may appear");
        case START_ELEMENT, END_ELEMENT, END_DOCUMENT, CHARACTERS, CDATA, SPACE -> {
          return event;
        }
        default ->
            throw new XmlRejectedException("unexpected XML (StAX event " + event + ")" + where());
      }
    }
  }

  private XmlRejectedException mixed(String at) {
    return new XmlRejectedException(
        at + ": text mixed with child elements is not part of the Rails XML format");
  }

  private String where() {
    return where(xml.getLocation());
  }

  private static String where(Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private static XmlRejectedException malformed(XMLStreamException e) {
    String detail = PARSE_ERROR_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
    return new XmlRejectedException("malformed XML" + where(e.getLocation()) + ": " + detail, e);
  }

  private static boolean hasPrefix(String prefix) {
    return prefix != null && !prefix.isEmpty();
  }

  private static boolean isXmlWhitespace(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
