package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The most recent API requests, for the admin API. Bounded: a simulator left running for weeks
 * keeps the last {@code capacity} requests and no more (WireMock's own journal is switched off).
 * Each names its session by the API's own rule ({@link SessionName}). With a printer (what
 * {@code simulate} gives it), each is also handed on as a {@link RequestLine} as it completes.
 */
final class RequestLog implements ServeEventListener {
  private record Entry(Instant at, String method, String url, String session, int status, Integer millis) {}

  private final int capacity;
  private final Deque<Entry> entries = new ArrayDeque<>();
  /** Null: nothing printed. */
  private final Consumer<String> printer;

  RequestLog(int capacity, Consumer<String> printer) {
    this.capacity = capacity;
    this.printer = printer;
  }

  @Override
  public String getName() {
    return "numbers-request-log";
  }

  @Override
  public void afterComplete(ServeEvent event, Parameters parameters) {
    if (capacity == 0 && printer == null) {
      return;
    }
    LoggedResponse response = event.getResponse();
    Entry entry =
        new Entry(
            Instant.now(),
            event.getRequest().getMethod().getName(),
            withKeysMasked(event.getRequest().getUrl()),
            SessionName.ofApiRequest(event.getRequest()),
            response == null ? 0 : response.getStatus(),
            event.getTiming() == null ? null : event.getTiming().getTotalTime());
    if (printer != null) {
      printer.accept(RequestLine.of(entry.method(), entry.url(), entry.session(), entry.status(), entry.millis(),
          response == null ? null : contentType(response),
          response == null ? null : response.getBody()));
    }
    if (capacity == 0) {
      return;
    }
    synchronized (entries) {
      if (entries.size() == capacity) {
        entries.removeFirst();
      }
      entries.addLast(entry);
    }
  }

  private static String contentType(LoggedResponse response) {
    var header = response.getHeaders() == null ? null : response.getHeaders().getHeader("Content-Type");
    return header == null || !header.isPresent() ? null : header.firstValue();
  }

  /** The URL with every {@code api_key} value replaced: the log is for reading, keys are not. */
  static String withKeysMasked(String url) {
    return MaskedUrl.of(url);
  }

  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /** The log, newest last. */
  ArrayNode toJson() {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    synchronized (entries) {
      for (Entry e : entries) {
        ObjectNode item = list.addObject();
        item.put("at", e.at().toString());
        item.put("method", e.method());
        item.put("url", e.url());
        item.put("session", e.session());
        item.put("status", e.status());
        item.put("millis", e.millis());
      }
    }
    return list;
  }
}
