package io.numberstoolkit.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests the benchmark sends. Numbers are created with one of {@link #SEARCH_KEYS} search
 * keys in turn (cid × afid × sid), so that every key matches at least a page of numbers once the
 * store holds a few thousand, and a search for a random key answers a full page.
 */
final class Workloads {
  static final String[] CAMPAIGNS = {"111", "0001", "0002", "399944"};
  static final int AFFILIATES = 10;
  static final int SUB_IDS = 5;
  static final int SEARCH_KEYS = CAMPAIGNS.length * AFFILIATES * SUB_IDS;
  static final String SESSION_HEADER = "X-Numbers-Session";

  private final String host;

  Workloads(String host) {
    this.host = host;
  }

  /** GET /numbers/{id}.json for a random id of {@code [firstId, firstId + count)}. */
  Workload show(long firstId, long count) {
    return new Workload(200, turn -> get("/numbers/" + (firstId + turn.random.nextLong(count)) + ".json"));
  }

  /** GET /numbers.json?page=N for a random page of {@code 1..lastPage}. */
  Workload listPage(int lastPage) {
    return new Workload(200, turn -> get("/numbers.json?page=" + (1 + turn.random.nextInt(lastPage))));
  }

  /** The search endpoint for a random one of the search keys, first page. */
  Workload search() {
    return new Workload(200, turn -> {
      int key = turn.random.nextInt(SEARCH_KEYS);
      return get("/numbers/for/cid/" + cid(key) + "/afid/" + afid(key) + "/sid/" + sid(key) + ".json");
    });
  }

  /**
   * POST /numbers.json, each request with the next search key; in the named isolated session,
   * or in the shared space when {@code session} is null.
   */
  Workload create(String session) {
    AtomicLong created = new AtomicLong();
    return new Workload(201, turn -> {
      int key = (int) (created.getAndIncrement() % SEARCH_KEYS);
      String body = "{\"number\": {\"type\": \"Local\", \"cid\": \"" + cid(key) + "\", \"afid\": \""
          + afid(key) + "\", \"sid\": \"" + sid(key) + "\"}}";
      return post("/numbers.json", session, body);
    });
  }

  static String cid(int key) {
    return CAMPAIGNS[key % CAMPAIGNS.length];
  }

  static String afid(int key) {
    return String.format("%04d", 100 + (key / CAMPAIGNS.length) % AFFILIATES);
  }

  static String sid(int key) {
    return "sub" + (key / (CAMPAIGNS.length * AFFILIATES)) % SUB_IDS;
  }

  byte[] get(String path) {
    return ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  byte[] post(String path, String session, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
        + (session == null ? "" : SESSION_HEADER + ": " + session + "\r\n")
        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }
}
