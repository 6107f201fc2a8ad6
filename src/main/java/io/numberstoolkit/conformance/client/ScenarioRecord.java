package io.numberstoolkit.conformance.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One scenario of a run: where it is, how it ended, and the exchanges it sent. */
public final class ScenarioRecord {
  private String name = "";
  private String location = "";
  private String status = "UNKNOWN";
  private String error;
  private final List<Exchange> exchanges = new ArrayList<>();
  private final List<String> leftBehind = new ArrayList<>();

  synchronized void add(Exchange exchange) {
    exchanges.add(exchange);
  }

  /** Notes a number the suite created and could not delete again. */
  public synchronized void leftBehind(String what) {
    leftBehind.add(what);
  }

  public synchronized void finished(String name, String location, String status, String error) {
    this.name = name;
    this.location = location;
    this.status = status;
    this.error = error;
  }

  public synchronized String name() {
    return name;
  }

  public synchronized String location() {
    return location;
  }

  public synchronized String status() {
    return status;
  }

  public synchronized Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The scenario's own exchanges, without the clean-up deletes sent after it. */
  public synchronized List<Exchange> ownExchanges() {
    return exchanges.stream().filter(e -> !e.cleanup()).toList();
  }

  public synchronized List<String> leftBehind() {
    return List.copyOf(leftBehind);
  }
}
