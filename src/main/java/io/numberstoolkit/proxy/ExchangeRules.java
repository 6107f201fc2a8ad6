package io.numberstoolkit.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.client.LinkHeader;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.client.ResponseContract;
import io.numberstoolkit.conformance.oracle.OneExchangeRules;
import io.numberstoolkit.conformance.oracle.XmlFields;
import io.numberstoolkit.contract.ApiFacts;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.InvalidJsonException;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.http.Route;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one exchange can show about the contract, and nothing it cannot: the request against the
 * request schemas, the answer against its schema and its operation's documented statuses (through
 * the suite's own {@link ResponseContract}), and the rules a single exchange shows. Every rule
 * rests on a sentence of the documents (features/SOURCES.md); what the documents leave OPEN, and
 * what is only the simulator's convention (closed schemas, 422, the search's paging, first and
 * last on every page), is never reported.
 */
final class ExchangeRules {
  /** The closed schemas are a convention: an extra field is never a violation here. */
  private static final String CLOSED_SCHEMA = "additionalProperties";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DeletedIds deleted;

  ExchangeRules(DeletedIds deleted) {
    this.deleted = deleted;
  }

  List<ProxyViolation> check(ProxiedExchange exchange) {
    List<ProxyViolation> violations = new ArrayList<>();
    Optional<Route> route = exchange.route();
    if (route.isEmpty()) {
      return violations; // off the six endpoints, or a format the API does not serve: nothing documented to hold
    }
    Operation operation = route.get().operation();
    ObjectNode sent = request(exchange, operation, violations);
    status(exchange, operation, violations);
    ResponseContract.Reading reading =
        ResponseContract.read(exchange.asSuiteExchange(), exchange.format(), false);
    reading.problems().forEach(problem -> violations.add(ProxyViolation.answer("RESPONSE_CONTRACT", problem)));
    JsonNode body = reading.body();
    if (exchange.successful() && body != null && reading.problems().isEmpty()) {
      switch (operation) {
        case LIST -> page(exchange, body, violations);
        case SEARCH -> found(route.get(), body, violations);
        case CREATE -> created(sent, body, violations);
        case UPDATE -> updated(sent, body, violations);
        default -> { }
      }
      xmlForm(exchange, operation, body, violations);
    }
    remember(exchange, operation, route.get(), body, violations);
    return violations;
  }

  /** The request body against create-request or update-request; the number node sent, when readable. */
  private static ObjectNode request(ProxiedExchange exchange, Operation operation, List<ProxyViolation> violations) {
    if ((operation != Operation.CREATE && operation != Operation.UPDATE) || !exchange.jsonRequest()) {
      return null;
    }
    JsonNode body;
    try {
      body = ContractValidator.shared().parse(exchange.requestText());
    } catch (InvalidJsonException e) {
      violations.add(ProxyViolation.request("REQUEST_SCHEMA", "the request body says it is JSON but is " + e.getMessage()));
      return null;
    }
    Schema schema = operation == Operation.CREATE ? Schema.CREATE_REQUEST : Schema.UPDATE_REQUEST;
    for (Violation violation : ContractValidator.shared().validate(schema, body)) {
      if (!CLOSED_SCHEMA.equals(violation.rule())) {
        violations.add(ProxyViolation.request("REQUEST_SCHEMA", schema.cliName() + " " + violation));
      }
    }
    return body.path("number") instanceof ObjectNode number ? number : null;
  }

  /**
   * A success status the operation does not document, a redirect, or a 5xx other than 500 and 503.
   * Any 4xx passes: the status of a refusal (422 or 400, ...) is OPEN.
   */
  private static void status(ProxiedExchange exchange, Operation operation, List<ProxyViolation> violations) {
    int status = exchange.status();
    boolean documented = status >= 400 && status < 500 || operation.documentedStatuses().contains(status);
    if (!documented) {
      violations.add(ProxyViolation.answer("DOCUMENTED_STATUS", operation.label() + " answered " + status
          + "; the documents name " + operation.successStatuses() + " for its success and "
          + Operation.ERROR_STATUSES + " for errors"));
    }
  }

  /** "Index pages answer at most 25 items"; the Link header names pages next to ?page and keeps the other parameters. */
  private static void page(ProxiedExchange exchange, JsonNode body, List<ProxyViolation> violations) {
    if (body.isArray() && body.size() > ApiFacts.PAGE_SIZE) {
      violations.add(ProxyViolation.answer("PAGE_SIZE",
          "a list page holds " + body.size() + " numbers; index pages answer at most " + ApiFacts.PAGE_SIZE));
    }
    Map<String, List<String>> asked = parameters(exchange.query());
    Integer page = pageNumber(asked.remove("page"));
    if (page == null) {
      return; // a page the target may read its own way: nothing to hold the links to
    }
    LinkHeader links = LinkHeader.parse(exchange.header("Link"));
    expectPage(links, "first", 1, violations);
    expectPage(links, "prev", page - 1, violations);
    expectPage(links, "next", page + 1, violations);
    for (String rel : List.of("first", "prev", "next", "last")) {
      links.get(rel).ifPresent(url -> {
        Map<String, List<String>> kept = parameters(rawQuery(url));
        kept.remove("page");
        if (!kept.equals(asked)) {
          violations.add(ProxyViolation.answer("LINK_HEADER", "the " + rel + " link does not keep the request's other"
              + " query parameters: asked " + asked.keySet() + ", the link has " + kept.keySet()));
        }
      });
    }
    links.get("last").map(url -> pageNumber(parameters(rawQuery(url)).get("page"))).ifPresent(last -> {
      if (last < page) {
        violations.add(ProxyViolation.answer("LINK_HEADER", "the last link names page " + last + ", before page " + page));
      }
    });
  }

  private static void expectPage(LinkHeader links, String rel, int expected, List<ProxyViolation> violations) {
    links.get(rel).ifPresent(url -> {
      List<String> values = parameters(rawQuery(url)).get("page");
      Integer named = values == null && expected == 1 ? Integer.valueOf(1) : pageNumber(values);
      if (!Objects.equals(named, expected)) {
        violations.add(ProxyViolation.answer("LINK_HEADER", "the " + rel + " link names page " + named
            + " where page " + expected + " was expected"));
      }
    });
  }

  /** "Searches for numbers matching the provided criteria": every number found has the path's cid, afid and sid. */
  private static void found(Route route, JsonNode body, List<ProxyViolation> violations) {
    for (JsonNode item : body) {
      JsonNode number = item.path("number");
      for (String[] criterion : new String[][] {{"cid", route.cid()}, {"afid", route.afid()}, {"sid", route.sid()}}) {
        if (!criterion[1].equals(number.path(criterion[0]).asText(null))) {
          violations.add(ProxyViolation.answer("FOUND_MATCHES_CRITERIA", "the search for " + criterion[0] + " "
              + criterion[1] + " found number " + number.path("id") + " whose " + criterion[0] + " is "
              + number.path(criterion[0])));
        }
      }
    }
  }

  private static void created(ObjectNode sent, JsonNode body, List<ProxyViolation> violations) {
    if (sent != null && body.path("number").isObject()) {
      OneExchangeRules.create(sent, new NumberView(body.get("number")).normalized())
          .forEach(broken -> violations.add(oracle(broken)));
    }
  }

  private static void updated(ObjectNode sent, JsonNode body, List<ProxyViolation> violations) {
    if (sent != null && body.path("number").isObject()) {
      OneExchangeRules.update(sent, new NumberView(body.get("number")).normalized())
          .forEach(broken -> violations.add(oracle(broken)));
    }
  }

  private static ProxyViolation oracle(OneExchangeRules.Broken broken) {
    return ProxyViolation.answer(broken.rule(), broken.sentence() + " (" + broken.source() + "): " + broken.detail());
  }

  /** XML answers carry every field under its dashed name and Rails type, as the facts page documents. */
  private static void xmlForm(ProxiedExchange exchange, Operation operation, JsonNode body, List<ProxyViolation> violations) {
    if (!exchange.format().equals("xml")) {
      return;
    }
    List<String> differences;
    if (operation.answersList() && body.isArray()) {
      List<JsonNode> numbers = new ArrayList<>();
      body.forEach(item -> numbers.add(new NumberView(item.path("number")).normalized()));
      differences = XmlFields.list(exchange.responseText(), numbers);
    } else if (body.path("number").isObject()) {
      differences = XmlFields.number(exchange.responseText(), new NumberView(body.get("number")).normalized());
    } else {
      return;
    }
    differences.forEach(difference -> violations.add(ProxyViolation.answer("XML_FORM", difference)));
  }

  /**
   * Deletes and creates the memory keeps; a show of a deleted id must not find it (404 or 410 both
   * documented). The caller's digest is taken only when the memory is used: it reads the request
   * body again, and most exchanges are reads of a memory that holds nothing.
   */
  private void remember(ProxiedExchange exchange, Operation operation, Route route, JsonNode body,
      List<ProxyViolation> violations) {
    switch (operation) {
      case DELETE -> {
        if (exchange.successful()) {
          deleted.deleted(caller(exchange), route.id());
        }
      }
      case CREATE -> {
        if (exchange.successful() && body != null && body.path("number").path("id").canConvertToLong()
            && !deleted.isEmpty()) {
          deleted.created(caller(exchange), body.path("number").path("id").asLong());
        }
      }
      case SHOW -> {
        if (exchange.successful() && !deleted.isEmpty() && deleted.wasDeleted(caller(exchange), route.id())) {
          violations.add(ProxyViolation.answer("GONE_AFTER_DELETE", "number " + route.id() + " was deleted (an"
              + " acknowledged DELETE through this proxy) and is shown again with " + exchange.status()
              + "; the documents answer 404 or 410"));
        }
      }
      default -> { }
    }
  }

  /** Who asks: the API key and company, from the query or the root of a JSON body. */
  private static String caller(ProxiedExchange exchange) {
    Map<String, List<String>> query = parameters(exchange.query());
    String key = first(query.get("api_key"));
    String company = first(query.get("company_id"));
    if ((key == null || company == null) && exchange.jsonRequest()) {
      try {
        JsonNode body = JSON.readTree(exchange.requestText());
        key = key != null ? key : body.path("api_key").asText(null);
        company = company != null ? company : body.path("company_id").asText(null);
      } catch (Exception unreadable) {
        // the request check has said so
      }
    }
    return DeletedIds.caller(key, company);
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Integer pageNumber(List<String> values) {
    if (values == null || values.size() != 1 || !values.get(0).matches("[0-9]{1,9}")) {
      return values == null ? Integer.valueOf(1) : null;
    }
    return Integer.valueOf(values.get(0));
  }

  private static String rawQuery(String url) {
    try {
      return URI.create(url).getRawQuery();
    } catch (IllegalArgumentException e) {
      int question = url.indexOf('?');
      return question < 0 ? null : url.substring(question + 1);
    }
  }

  /** A query string's parameters, decoded, each name with its values in order. */
  static Map<String, List<String>> parameters(String query) {
    Map<String, List<String>> parameters = new TreeMap<>();
    if (query == null || query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
