package io.numberstoolkit.conformance.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.conformance.Printable;
import java.util.ArrayList;
import java.util.List;

/** An answer the suite got, already checked against the contract, read in the API's terms. */
public final class Answer {
  private final Exchange exchange;
  private final JsonNode body;

  Answer(Exchange exchange, JsonNode body) {
    this.exchange = exchange;
    this.body = body;
  }

  public int status() {
    return exchange.status();
  }

  public boolean successful() {
    return exchange.successful();
  }

  public Exchange exchange() {
    return exchange;
  }

  /** The body in the JSON shape (XML read by RailsXml), or null when there is none. */
  public JsonNode body() {
    return body;
  }

  public boolean carriesNumber() {
    return body != null && body.path("number").isObject();
  }

  public NumberView number() {
    if (!carriesNumber()) {
      throw new AssertionError("expected the answer to carry a number, got " + describe());
    }
    return new NumberView(body.get("number"));
  }

  public List<NumberView> numbers() {
    if (body == null || !body.isArray()) {
      throw new AssertionError("expected the answer to be a list of numbers, got " + describe());
    }
    List<NumberView> numbers = new ArrayList<>();
    body.forEach(item -> numbers.add(new NumberView(item.path("number"))));
    return numbers;
  }

  public LinkHeader links() {
    return LinkHeader.parse(exchange.header("Link"));
  }

  public String describe() {
    return exchange.status() + (exchange.hasBody() ? " " + Printable.line(exchange.responseBody(), 300) : " (no body)");
  }
}
