package io.numberstoolkit.proxy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exchanges that broke the contract, for the admin API and the reports at stop, with counts
 * over every exchange. Bounded: a proxy left running for weeks keeps the last {@code capacity}
 * exchanges with violations; the counts cover them all.
 */
final class ViolationLog {
  private final int capacity;
  private final Deque<CheckedExchange> entries = new ArrayDeque<>();
  private final Map<String, Long> byRule = new TreeMap<>();
  private long exchanges;
  private long withViolations;
  private long dropped;

  ViolationLog(int capacity) {
    this.capacity = capacity;
  }

  /** Counts an exchange and keeps it when it broke a rule; its sequence number in the run. */
  synchronized long add(String method, String maskedUrl, int status, List<ProxyViolation> violations) {
    long sequence = ++exchanges;
    if (violations.isEmpty()) {
      return sequence;
    }
    withViolations++;
    violations.forEach(v -> byRule.merge(v.rule(), 1L, Long::sum));
    if (entries.size() == capacity) {
      entries.removeFirst();
      dropped++;
    }
    if (capacity > 0) {
      entries.addLast(new CheckedExchange(sequence, Instant.now(), method, maskedUrl, status, violations));
    } else {
      dropped++;
    }
    return sequence;
  }

  synchronized void clear() {
    entries.clear();
    byRule.clear();
    exchanges = 0;
    withViolations = 0;
    dropped = 0;
  }

  synchronized long exchanges() {
    return exchanges;
  }

  synchronized long withViolations() {
    return withViolations;
  }

  synchronized List<CheckedExchange> entries() {
    return List.copyOf(entries);
  }

  /** {@code {"exchanges": N, "with_violations": M, "by_rule": {...}, "kept": K, "dropped": D, "entries": [...]}}. */
  synchronized ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("exchanges", exchanges);
    root.put("with_violations", withViolations);
    ObjectNode rules = root.putObject("by_rule");
    byRule.forEach(rules::put);
    root.put("kept", entries.size());
    root.put("dropped", dropped);
    var list = root.putArray("entries");
    entries.forEach(entry -> entry.writeTo(list.addObject()));
    return root;
  }
}
