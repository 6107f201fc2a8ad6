package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.wire.NumberJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The {@code .format} every endpoint ends in: JSON, or Rails-style XML. */
enum Format {
  JSON("json", "application/json; charset=utf-8"),
  XML("xml", "text/xml; charset=utf-8");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  final String extension;
  final String contentType;

  Format(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  static Optional<Format> of(String extension) {
    for (Format format : values()) {
      if (format.extension.equals(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The format to answer a path in, even when it is refused before it is routed (a fault, a bad
   * id, a method not allowed): the one its path ends in, or JSON when it names neither.
   */
  static Format answering(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') ? of(path.substring(dot + 1)).orElse(JSON) : JSON;
  }

  /** A number in its envelope: JSON written straight from the record, XML from its tree. */
  byte[] renderNumber(NumberRecord record) {
    return this == JSON ? NumberJson.envelopeJson(record) : render("number", NumberJson.envelope(record));
  }

  /** A listing page: JSON written straight from the records, XML from their tree. */
  byte[] renderNumbers(List<NumberRecord> records) {
    return this == JSON ? NumberJson.listJson(records) : render("numbers", NumberJson.list(records));
  }

  /**
   * Renders an answer. Bodies are always one-key envelopes ({"number": ...}, {"error": ...}) or
   * arrays of them, which is exactly what Rails-style XML can say: the key is the root element.
   */
  byte[] render(String root, JsonNode body) {
    if (this == XML) {
      JsonNode value = body.isObject() && body.has(root) ? body.get(root) : body;
      return RailsXml.write(root, value).getBytes(StandardCharsets.UTF_8);
    }
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
