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

/**
 * The most recent API requests, for the admin API. Bounded: a simulator left running for weeks
 * keeps the last {@code capacity} requests and no more (WireMock's own journal is switched off).
 * Each names its session by the API's own rule ({@link SessionName}).
 */
final class RequestLog implements ServeEventListener {
  private record Entry(Instant at, String method, String url, String session, int status, Integer millis) {}

  private final int capacity;
  private final Deque<Entry> entries = new ArrayDeque<>();

  RequestLog(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public String getName() {
    return "numbers-request-log";
  }

  @Override
  public void afterComplete(ServeEvent event, Parameters parameters) {
    if (capacity == 0) {
      return;
    }
    LoggedResponse response = event.getResponse();
    Entry entry =
        new Entry(
            Instant.now(),
            event.getRequest().getMethod().getName(),
            event.getRequest().getUrl(),
            SessionName.ofApiRequest(event.getRequest()),
            response == null ? 0 : response.getStatus(),
            event.getTiming() == null ? null : event.getTiming().getTotalTime());
    synchronized (entries) {
      if (entries.size() == capacity) {
        entries.removeFirst();
      }
      entries.addLast(entry);
    }
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
