package io.numberstoolkit.conformance.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.contract.XmlDocuments;
import io.numberstoolkit.contract.XmlRejectedException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that checks every answer against the contract, whatever step asked for it.
 *
 * <ul>
 *   <li>A success with a body must be in the requested format (application/json, or text/xml
 *       or its equal application/xml) and valid against the schema its operation answers: number-list for list and search,
 *       number-envelope for the others. XML is read into the JSON shape first (RailsXml). An
 *       extra field fails only a {@code @convention} scenario: the schemas are closed by convention.
 *   <li>A 204 must have no body.
 *   <li>An error body, when there is one, must be JSON (XML may also answer in XML): the docs
 *       promise "some JSON" and nothing more. Only a {@code @convention} scenario holds it to the
 *       simulator's error schema.
 * </ul>
 */
public final class ResponseContract {
  /**
   * The schemas are closed (additionalProperties false) by convention, to make drift visible; the
   * docs do not forbid extra fields, so only a {@code @convention} scenario fails on one.
   */
  private static final String CLOSED_SCHEMA = "additionalProperties";

  /** What was read from an answer: its body in the JSON shape (or null) and what is wrong with it. */
  public record Reading(JsonNode body, List<String> problems) {}

  private ResponseContract() {}

  public static Reading read(Exchange exchange, String format, boolean convention) {
    List<String> problems = new ArrayList<>();
    if (!exchange.answered() || !(format.equals("json") || format.equals("xml"))) {
      return new Reading(null, problems);
    }
    JsonNode body = exchange.successful()
        ? success(exchange, format, convention, problems)
        : error(exchange, format, convention, problems);
    return new Reading(body, problems);
  }

  private static JsonNode success(Exchange exchange, String format, boolean convention, List<String> problems) {
    if (exchange.status() == 204) {
      if (exchange.hasBody()) {
        problems.add("a 204 No Content answer must have no body");
      }
      return null;
    }
    if (!exchange.hasBody()) {
      exchange.operation().ifPresent(operation -> problems.add("a " + exchange.status() + " answer to "
          + operation.label() + " must carry " + (operation.answersList() ? "the list" : "the number")));
      return null;
    }
    boolean json = format.equals("json");
    String expectedType = json ? "application/json" : "text/xml (or application/xml)";
    String actualType = exchange.mediaType();
    List<String> unreadable = new ArrayList<>();
    JsonNode body = BodyParser.parse(exchange.responseBody(), format, unreadable);
    if (json ? !actualType.equals("application/json") : !exchange.isXml()) {
      problems.add(body == null
          ? "answered " + describeType(actualType) + " where " + expectedType + " was expected: "
              + BodyParser.preview(exchange.responseBody())
          : "a ." + format + " answer must be " + expectedType + ", not " + describeType(actualType));
    } else {
      problems.addAll(unreadable);
    }
    Schema schema = exchange.operation().map(Operation::successSchema).orElse(null);
    if (body != null && schema != null) {
      for (Violation violation : ContractValidator.shared().validate(schema, body)) {
        if (convention || !CLOSED_SCHEMA.equals(violation.rule())) {
          problems.add(schema.cliName() + " " + where(violation) + ": " + violation.message());
        }
      }
    }
    return body;
  }

  private static JsonNode error(Exchange exchange, String format, boolean convention, List<String> problems) {
    if (!exchange.hasBody()) {
      if (convention) {
        problems.add("the simulator answers every error with an error body; this " + exchange.status() + " has none");
      }
      return null;
    }
    String actualType = exchange.mediaType();
    boolean xml = actualType.endsWith("/xml") || actualType.endsWith("+xml");
    if (xml && format.equals("json")) {
      problems.add("an error answer to a .json request must be JSON (the docs: \"some JSON\"), not " + actualType);
      return null;
    }
    if (!xml) {
      List<String> unreadable = new ArrayList<>();
      JsonNode body = BodyParser.parse(exchange.responseBody(), "json", unreadable);
      if (body == null && !actualType.endsWith("json")) {
        problems.add("answered " + describeType(actualType) + " where JSON was expected (the docs: \"some JSON\"): "
            + BodyParser.preview(exchange.responseBody()));
      } else {
        problems.addAll(unreadable);
      }
      if (body != null && convention) {
        validate(Schema.ERROR, body, problems);
      }
      return body;
    }
    if (!wellFormedXml(exchange.responseBody())) {
      problems.add("the error body says it is " + actualType + " but is not well-formed XML");
      return null;
    }
    if (!convention) {
      return null;
    }
    JsonNode body = BodyParser.parse(exchange.responseBody(), "xml", problems);
    if (body != null) {
      validate(Schema.ERROR, body, problems);
    }
    return body;
  }

  private static void validate(Schema schema, JsonNode body, List<String> problems) {
    for (Violation violation : ContractValidator.shared().validate(schema, body)) {
      problems.add(schema.cliName() + " " + where(violation) + ": " + violation.message());
    }
  }

  private static String describeType(String mediaType) {
    return mediaType.isEmpty() ? "without a Content-Type" : mediaType;
  }

  private static String where(Violation violation) {
    return violation.pointer() == null || violation.pointer().isEmpty() ? "(the body)" : violation.pointer();
  }

  private static boolean wellFormedXml(String text) {
    try {
      XmlDocuments.root(text);
      return true;
    } catch (XmlRejectedException e) {
      return false;
    }
  }
}
