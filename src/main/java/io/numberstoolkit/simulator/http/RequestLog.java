package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.Timing;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The most recent API requests, for the admin API and the Java API: what was sent and answered
 * (bodies cut at {@link #MAX_BODY_BYTES}) and, for an error, the contract violations the answer
 * named. Bounded: a simulator left running for weeks keeps the last {@code capacity} requests and
 * no more (WireMock's own journal is switched off). Each entry has an id that only grows, also
 * across a clear, so a console can poll for what is new. Each names its session by the API's own
 * rule ({@link SessionName}).
 *
 * <p>An entry is kept before its answer is sent, so a client that has its answer finds its request
 * in the log. Bodies are kept as received and
 * masked ({@link KeyMasking}) whenever they are shown: the masking costs nothing on the hot path.
 * With a printer (what {@code simulate} gives it), each request is also handed on as a {@link
 * RequestLine}, before its answer is sent.
 */
final class RequestLog implements ServeEventListener {
  static final int MAX_BODY_BYTES = 16 * 1024;
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** A body as kept: at most {@link #MAX_BODY_BYTES} of it, as received. */
  private record KeptBody(String contentType, byte[] bytes, boolean truncated) {
    static KeptBody of(String contentType, byte[] body) {
      if (body == null || body.length == 0) {
        return new KeptBody(contentType, null, false);
      }
      boolean cut = body.length > MAX_BODY_BYTES;
      return new KeptBody(contentType, cut ? Arrays.copyOf(body, MAX_BODY_BYTES) : body.clone(), cut);
    }
  }

  private record Entry(long id, Instant at, String method, String rawUrl, String session, int status,
      Integer millis, KeptBody request, KeptBody response) {}

  /** A body as shown: keys masked; text null when there was no body. */
  record Body(String contentType, String text, boolean truncated) {}

  /** An entry as shown, keys masked everywhere. */
  record View(long id, String at, String method, String url, String session, int status, Integer millis,
      Body request, Body response, ErrorBodyReader.Explained explained) {}

  private final int capacity;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private final KeyMasking masking;
  /** Null: nothing printed. */
  private final Consumer<String> printer;
  private final boolean printBodies;
  private long lastId;

  RequestLog(int capacity, Consumer<String> printer) {
    this(capacity, printer, false, KeyMasking.ofNames());
  }

  RequestLog(int capacity, Consumer<String> printer, boolean printBodies, KeyMasking masking) {
    this.capacity = capacity;
    this.printer = printer;
    this.printBodies = printBodies;
    this.masking = masking;
  }

  @Override
  public String getName() {
    return "numbers-request-log";
  }

  /**
   * Kept (and printed) as the answer is about to be sent, so a client that has its answer finds
   * its request in the log, and its line on the console: the time is the simulator's work plus
   * any delay it adds, which is what a client waits for less the transfer.
   */
  @Override
  public void beforeResponseSent(ServeEvent event, Parameters parameters) {
    if (capacity == 0 && printer == null) {
      return;
    }
    Entry entry;
    if (capacity == 0) {
      entry = entry(0, event);
    } else {
      synchronized (entries) {
        if (entries.size() == capacity) {
          entries.removeFirst();
        }
        entry = entry(++lastId, event);
        entries.addLast(entry);
      }
    }
    if (printer != null) {
      printer.accept(RequestLine.of(view(entry), printBodies));
    }
  }

  private static Entry entry(long id, ServeEvent event) {
    Request request = event.getRequest();
    LoggedResponse response = event.getResponse();
    return new Entry(id, Instant.now(), request.getMethod().getName(), request.getUrl(),
        SessionName.ofApiRequest(request), response == null ? 0 : response.getStatus(), millis(event.getTiming()),
        KeptBody.of(contentType(request.getHeaders()), request.getBody()),
        response == null ? KeptBody.of(null, null)
            : KeptBody.of(contentType(response.getHeaders()), response.getBody()));
  }

  private static Integer millis(Timing timing) {
    if (timing == null || timing.getProcessTime() == null) {
      return null;
    }
    return timing.getProcessTime() + (timing.getAddedDelay() == null ? 0 : timing.getAddedDelay());
  }

  private static String contentType(HttpHeaders headers) {
    var header = headers == null ? null : headers.getHeader("Content-Type");
    return header == null || !header.isPresent() ? null : header.firstValue();
  }

  private View view(Entry entry) {
    Body request = shown(entry.request());
    Body response = shown(entry.response());
    ErrorBodyReader.Explained explained = entry.status() >= 400
        ? ErrorBodyReader.read(response.contentType(), response.truncated() ? null : response.text())
        : ErrorBodyReader.Explained.NOTHING;
    return new View(entry.id(), AT.format(entry.at()), entry.method, masking.url(entry.rawUrl()), entry.session(),
        entry.status(), entry.millis(), request, response, explained);
  }

  private Body shown(KeptBody kept) {
    if (kept.bytes() == null) {
      return new Body(kept.contentType(), null, false);
    }
    String text = new String(kept.bytes(), StandardCharsets.UTF_8);
    return new Body(kept.contentType(), masking.body(kept.contentType(), text), kept.truncated());
  }

  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /** The entries with an id above {@code since} (0: all), newest last, keys masked. */
  List<View> since(long since) {
    List<Entry> newer = new ArrayList<>();
    synchronized (entries) {
      for (Iterator<Entry> newestFirst = entries.descendingIterator(); newestFirst.hasNext(); ) {
        Entry entry = newestFirst.next();
        if (entry.id() <= since) {
          break;
        }
        newer.add(entry);
      }
    }
    List<View> views = new ArrayList<>(newer.size());
    for (int i = newer.size() - 1; i >= 0; i--) {
      views.add(view(newer.get(i)));
    }
    return views;
  }

  /** The log, newest last: the admin API's {@code GET /__admin/numbers/requests}. */
  ArrayNode toJson() {
    return toJson(0);
  }

  ArrayNode toJson(long since) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (View e : since(since)) {
      ObjectNode item = list.addObject();
      item.put("id", e.id());
      item.put("at", e.at());
      item.put("method", e.method());
      item.put("url", e.url());
      item.put("session", e.session());
      item.put("status", e.status());
      item.put("millis", e.millis());
      body(item.putObject("request"), e.request());
      body(item.putObject("response"), e.response());
      ArrayNode violations = item.putArray("violations");
      for (ErrorBodyReader.Violation v : e.explained().violations()) {
        violations.addObject().put("pointer", v.pointer()).put("message", v.message());
      }
    }
    return list;
  }

  private static void body(ObjectNode node, Body body) {
    node.put("contentType", body.contentType());
    node.put("body", body.text());
    node.put("bodyTruncated", body.truncated());
  }
}
