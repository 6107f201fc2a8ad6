package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.XmlDocuments;
import io.numberstoolkit.contract.XmlRejectedException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The XML view of a number held against its JSON view, field by field, under the names and types
 * the facts page documents for Rails-style XML: every JSON key as a dashed element name ({@code
 * toll_free} as {@code <toll-free>}), whole numbers with {@code type="integer"}, true/false with
 * {@code type="boolean"}, timestamps with {@code type="datetime"}, arrays with {@code
 * type="array"}; nothing more and nothing less. Item elements of arrays are not held to a name:
 * the documents show none.
 */
public final class XmlFields {
  private XmlFields() {}

  /** How a {@code <number>} document differs from the JSON number it should carry (normalized). */
  public static List<String> number(String xml, JsonNode number) {
    List<String> differences = new ArrayList<>();
    Element root = parse(xml, differences);
    if (root != null) {
      expectName(root, "number", "the root element", differences);
      object(root, number, "number", differences::add);
    }
    return differences;
  }

  /** How a {@code <numbers type="array">} document differs from the JSON numbers it should carry, in order. */
  public static List<String> list(String xml, List<JsonNode> numbers) {
    List<String> differences = new ArrayList<>();
    Element root = parse(xml, differences);
    if (root == null) {
      return differences;
    }
    expectName(root, "numbers", "the root element", differences);
    expectType(root, "array", "numbers", differences::add);
    List<Element> items = children(root);
    if (items.size() != numbers.size()) {
      differences.add("numbers: the XML holds " + items.size() + " numbers, the JSON " + numbers.size());
      return differences;
    }
    for (int i = 0; i < items.size(); i++) {
      expectName(items.get(i), "number", "numbers[" + i + "]", differences);
      object(items.get(i), numbers.get(i), "numbers[" + i + "]", differences::add);
    }
    return differences;
  }

  private static void object(Element element, JsonNode json, String path, Consumer<String> differences) {
    Map<String, Element> byName = new LinkedHashMap<>();
    for (Element child : children(element)) {
      if (byName.putIfAbsent(child.getTagName(), child) != null) {
        differences.accept(path + ": <" + child.getTagName() + "> appears twice");
      }
    }
    json.fieldNames().forEachRemaining(key -> {
      String dashed = key.replace('_', '-');
      Element child = byName.remove(dashed);
      if (child == null && !dashed.equals(key) && byName.containsKey(key)) {
        child = byName.remove(key);
        differences.accept(path + "." + key + ": the element is named <" + key + ">, not <" + dashed + ">");
      }
      if (child == null) {
        differences.accept(path + "." + key + ": no element <" + dashed + "> (the JSON has " + json.get(key) + ")");
      } else {
        value(child, key, json.get(key), path + "." + key, differences);
      }
    });
    byName.keySet().forEach(name -> differences.accept(path + ": the XML has <" + name + ">, which the JSON does not"));
  }

  private static void value(Element element, String key, JsonNode json, String path, Consumer<String> differences) {
    if (json.isObject()) {
      object(element, json, path, differences);
    } else if (json.isArray()) {
      array(element, json, path, differences);
    } else if (json.isNull()) {
      if (!element.getTextContent().isEmpty() || !children(element).isEmpty()) {
        differences.accept(path + ": expected an empty element for null, got '" + element.getTextContent() + "'");
      }
    } else if (json.isBoolean()) {
      expectType(element, "boolean", path, differences);
      expectText(element, json.asText(), path, differences);
    } else if (json.isIntegralNumber()) {
      expectType(element, "integer", path, differences);
      try {
        if (!new BigInteger(element.getTextContent().strip()).equals(json.bigIntegerValue())) {
          differences.accept(path + ": expected " + json + ", got " + element.getTextContent());
        }
      } catch (NumberFormatException e) {
        differences.accept(path + ": expected the whole number " + json + ", got '" + element.getTextContent() + "'");
      }
    } else if (key.endsWith("_at")) {
      expectType(element, "datetime", path, differences);
      if (!sameInstant(json.asText(), element.getTextContent().strip())) {
        differences.accept(path + ": expected " + json.asText() + ", got " + element.getTextContent());
      }
    } else {
      String type = element.getAttribute("type");
      if (!type.isEmpty() && !type.equals("string")) {
        differences.accept(path + ": a text value is typed type=\"" + type + "\"");
      }
      expectText(element, json.asText(), path, differences);
    }
  }

  private static void array(Element element, JsonNode json, String path, Consumer<String> differences) {
    expectType(element, "array", path, differences);
    List<Element> items = children(element);
    if (items.size() != json.size()) {
      differences.accept(path + ": the XML holds " + items.size() + " items, the JSON " + json.size());
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = unwrapped(json.get(i));
      Element itemElement = unwrapped(items.get(i));
      if (item.isObject()) {
        object(itemElement, item, path + "[" + i + "]", differences);
      } else {
        value(itemElement, "", item, path + "[" + i + "]", differences);
      }
    }
  }

  /** {@code {"menu_option": {...}}} as its inside; a bare item as it is. */
  private static JsonNode unwrapped(JsonNode item) {
    return item.isObject() && item.size() == 1 && item.elements().next().isObject() ? item.elements().next() : item;
  }

  /** An item element whose one child holds the fields, as Rails nests a wrapped item. */
  private static Element unwrapped(Element item) {
    List<Element> children = children(item);
    return children.size() == 1 && !children(children.get(0)).isEmpty() ? children.get(0) : item;
  }

  private static void expectName(Element element, String name, String what, List<String> differences) {
    if (!element.getTagName().equals(name)) {
      differences.add(what + ": expected <" + name + ">, got <" + element.getTagName() + ">");
    }
  }

  private static void expectType(Element element, String type, String path, Consumer<String> differences) {
    if (!element.getAttribute("type").equals(type)) {
      String actual = element.hasAttribute("type") ? "type=\"" + element.getAttribute("type") + "\"" : "no type attribute";
      differences.accept(path + ": expected type=\"" + type + "\" on <" + element.getTagName() + ">, got " + actual);
    }
  }

  private static void expectText(Element element, String text, String path, Consumer<String> differences) {
    if (!children(element).isEmpty() || !element.getTextContent().strip().equals(text.strip())) {
      differences.accept(path + ": expected '" + text + "', got '" + element.getTextContent().strip() + "'");
    }
  }

  private static boolean sameInstant(String json, String xml) {
    try {
      return Instant.parse(json).equals(Instant.parse(xml));
    } catch (DateTimeParseException e) {
      return json.equals(xml);
    }
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        children.add(childElement);
      }
    }
    return children;
  }

  private static Element parse(String xml, List<String> differences) {
    try {
      return XmlDocuments.root(xml);
    } catch (XmlRejectedException e) {
      differences.add("the XML is not well-formed: " + e.getMessage());
      return null;
    }
  }
}
