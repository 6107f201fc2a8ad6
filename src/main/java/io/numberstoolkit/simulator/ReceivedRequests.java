package io.numberstoolkit.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The API requests a simulator (or one of its sessions) received, oldest first, from its request
 * log: bounded by {@code requestLogSize} (1000 by default), emptied by {@code reset()}. A request is
 * in the log before its answer is sent, so a test that has its answer can verify it at once.
 * Verifications fail with an {@link AssertionError} that lists what was received, closest first.
 */
public final class ReceivedRequests {
  /** How many received requests a failure message lists; the rest are counted. */
  private static final int LISTED = 20;

  private final Supplier<List<ReceivedRequest>> log;
  private final String scope;

  ReceivedRequests(Supplier<List<ReceivedRequest>> log, String scope) {
    this.log = log;
    this.scope = scope;
  }

  /** Every request received, oldest first. */
  public List<ReceivedRequest> all() {
    return log.get();
  }

  /** The requests the pattern matches, oldest first. */
  public List<ReceivedRequest> matching(RequestPattern pattern) {
    return all().stream().filter(pattern::matches).toList();
  }

  /** At least one request matched the pattern. */
  public void verify(RequestPattern pattern) {
    verify(RequestCount.atLeast(1), pattern);
  }

  public void verify(RequestCount count, RequestPattern pattern) {
    List<ReceivedRequest> received = all();
    long matched = received.stream().filter(pattern::matches).count();
    if (count.accepts((int) matched)) {
      return;
    }
    throw new AssertionError("Expected " + count + " request" + (count.toString().endsWith(" 1") ? "" : "s")
        + " matching " + pattern + ", but " + scope + " received " + matched + ".\n" + closestFirst(received, pattern));
  }

  /**
   * No request broke the contract: none was answered with contract violations, and none was
   * refused as unreadable or malformed ({@code 400}, {@code 415}, {@code 422}). For a test that
   * wants its code never to send what the API refuses.
   */
  public void verifyNoViolations() {
    List<ReceivedRequest> broken = all().stream().filter(ReceivedRequests::brokeTheContract).toList();
    if (broken.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder().append(broken.size()).append(broken.size() == 1 ? " request" : " requests")
        .append(" to ").append(scope).append(" broke the contract:");
    for (ReceivedRequest request : broken.subList(0, Math.min(LISTED, broken.size()))) {
      message.append("\n  ").append(request.method()).append(' ').append(request.url())
          .append(request.session() == null ? "" : " session=" + request.session()).append(" -> ").append(request.status());
      for (ContractViolation violation : request.violations()) {
        message.append("\n      ").append(violation);
      }
      if (request.violations().isEmpty()) {
        var explained = request.responseJson();
        if (explained != null && explained.findValue("message") != null) {
          message.append("\n      ").append(explained.findValue("message").asText());
        }
      }
      if (request.requestBody() != null) {
        message.append("\n      sent: ").append(shortened(request.requestBody()));
      }
    }
    if (broken.size() > LISTED) {
      message.append("\n  ... and ").append(broken.size() - LISTED).append(" more");
    }
    throw new AssertionError(message.toString());
  }

  private static boolean brokeTheContract(ReceivedRequest request) {
    int status = request.status();
    return !request.violations().isEmpty() || status == 400 || status == 415 || status == 422;
  }

  /** Every request received, those that differ least from the pattern first, each with what differs. */
  private String closestFirst(List<ReceivedRequest> received, RequestPattern pattern) {
    if (received.isEmpty()) {
      return "It received no requests at all.";
    }
    record Candidate(ReceivedRequest request, List<String> differences) {}
    List<Candidate> candidates = new ArrayList<>();
    for (ReceivedRequest request : received) {
      candidates.add(new Candidate(request, pattern.differences(request)));
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.differences().size())
        .thenComparing(c -> -c.request().id()));
    StringBuilder text = new StringBuilder("It received ").append(received.size())
        .append(received.size() == 1 ? " request" : " requests").append(" (closest first):");
    for (Candidate c : candidates.subList(0, Math.min(LISTED, candidates.size()))) {
      text.append("\n  ").append(c.request()).append(c.differences().isEmpty()
          ? "  [matches]" : "  [differs: " + String.join("; ", c.differences()) + "]");
    }
    if (candidates.size() > LISTED) {
      text.append("\n  ... and ").append(candidates.size() - LISTED).append(" more");
    }
    return text.toString();
  }

  private static String shortened(String body) {
    String oneLine = body.replaceAll("\\s*\\R\\s*", " ");
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
  }
}
