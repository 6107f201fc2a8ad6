package io.numberstoolkit.proxy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * One exchange as the log and the reports keep it: when, what was asked (the URL with its API key
 * masked), the status the client got, and the violations found.
 */
record CheckedExchange(long sequence, Instant at, String method, String maskedUrl, int status,
    List<ProxyViolation> violations) {

  CheckedExchange {
    violations = List.copyOf(violations);
  }

  String title() {
    return "#" + sequence + " " + method + " " + maskedUrl + " -> " + status;
  }

  void writeTo(ObjectNode item) {
    item.put("sequence", sequence);
    item.put("at", at.toString());
    item.put("method", method);
    item.put("url", maskedUrl);
    item.put("status", status);
    var list = item.putArray("violations");
    for (ProxyViolation v : violations) {
      list.addObject().put("rule", v.rule()).put("side", v.side().label()).put("message", v.message());
    }
  }
}
