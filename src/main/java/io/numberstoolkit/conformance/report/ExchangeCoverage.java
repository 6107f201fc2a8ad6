package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.client.BodyParser;
import io.numberstoolkit.conformance.client.Exchange;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one exchange exercised of the documented API, derived from the exchange as sent and
 * received, in the names {@link CoverageModel} lists: the parameters its request carried and the
 * fields its successful answer carried (and so were checked against their schema).
 */
final class ExchangeCoverage {
  private ExchangeCoverage() {}

  /**
   * The format ({@code format .json}), path segments like {@code {cid}}, query parameters like
   * {@code ?page}, and body paths like {@code number.timers_attributes[].seconds}.
   */
  static Set<String> parameters(Exchange exchange) {
    Set<String> parameters = new LinkedHashSet<>();
    if (servedFormat(exchange)) {
      parameters.add(CoverageModel.format(exchange.format()));
    }
    exchange.operation().ifPresent(operation -> parameters.addAll(CoverageModel.pathSegments(operation)));
    String query = exchange.query();
    if (query != null) {
      for (String pair : query.split("&")) {
        parameters.add("?" + pair.replaceFirst("=.*$", ""));
      }
    }
    if ("application/json".equals(exchange.requestContentType()) && exchange.requestBody() != null) {
      BodyParser.parse(exchange.requestBody(), "json").ifPresent(body -> parameters.addAll(FieldPaths.of(body)));
    }
    exchange.multipartFields().forEach(name -> parameters.add(FieldPaths.ofFormField(name)));
    return parameters;
  }

  /**
   * The field paths of a successful answer's body, like {@code number.greeting.message} (a list's
   * items named the same way), and the Link header when it came.
   */
  static Set<String> fields(Exchange exchange) {
    Set<String> fields = new LinkedHashSet<>();
    if (!exchange.successful() || !servedFormat(exchange)) {
      return fields;
    }
    if (exchange.status() != 204 && exchange.hasBody()) {
      BodyParser.parse(exchange.responseBody(), exchange.format()).ifPresent(body -> fields.addAll(FieldPaths.of(body)));
    }
    if (exchange.header("Link") != null) {
      fields.add(CoverageModel.LINK_HEADER);
    }
    return fields;
  }

  private static boolean servedFormat(Exchange exchange) {
    return exchange.format().equals("json") || exchange.format().equals("xml");
  }
}
