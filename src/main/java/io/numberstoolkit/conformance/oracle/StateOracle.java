package io.numberstoolkit.conformance.oracle;

import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.ApiClient;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.RunLedger;
import io.numberstoolkit.contract.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The suite's model of the numbers a scenario created, and the check that the target's views
 * agree with it. Every request the scenario sends passes {@link #observe}: a create starts
 * tracking its number, an update or delete of a tracked number notes what it must have done
 * (acknowledged or refused). After each step, {@link #checkTouched} looks at every number the
 * step touched, through every view ({@link NumberCheck}), and fails with each rule broken, the
 * view and the exchange that showed it. The rules are in {@link Rule}; only what the documents
 * state is held, so a value the documents leave OPEN is never compared with the simulator's.
 * Picocontainer hands one instance per scenario to the steps and the hook.
 */
public final class StateOracle {
  private static final String MEMBER_PATH = "/numbers/";

  /** Details shown under one heading; the rest are counted. */
  private static final int DETAILS_SHOWN = 4;

  private final ApiClient api;
  private final Map<Long, TrackedNumber> tracked = new LinkedHashMap<>();
  /** Breaches an answer showed by itself (an id handed out again), reported with the step's check. */
  private final List<Breach> inAnswers = new ArrayList<>();

  /** Whether an id handed out again is a breach: only our choice, so held in @convention scenarios only. */
  private boolean idsMustStayNew;

  public StateOracle(ApiClient api) {
    this.api = api;
  }

  /**
   * Holds the scenario to {@link Rule#ID_NOT_HANDED_OUT_AGAIN}, which no document states: only a
   * {@code @convention} scenario may assert it. Ids are noted in every scenario either way.
   */
  public void holdIdsNew(boolean convention) {
    this.idsMustStayNew = convention;
  }

  /** Notes what a request must have done; reads and requests about numbers it does not track change nothing. */
  public void observe(Call call, Answer answer) {
    Operation operation = call.operation().orElse(null);
    if (operation == Operation.CREATE) {
      created(call, answer);
    } else if (operation == Operation.UPDATE || operation == Operation.DELETE) {
      TrackedNumber number = call.path() == null ? null : tracked.get(idIn(call.path()));
      if (number != null && !number.gone()) {
        number.affected(effect(operation, call, answer), answer.exchange());
      }
    }
  }

  /** Checks every number the step touched against the target's views; fails naming each broken rule. */
  public void checkTouched() {
    List<Breach> breaches = new ArrayList<>(inAnswers);
    inAnswers.clear();
    List<TrackedNumber> touched = tracked.values().stream().filter(TrackedNumber::awaitsCheck).toList();
    List<Exchange> causes = new ArrayList<>();
    for (TrackedNumber number : touched) {
      causes.add(number.cause());
      breaches.addAll(NumberCheck.run(new NumberViews(api, number.tenant()), number));
    }
    if (!breaches.isEmpty()) {
      throw new AssertionError(report(breaches, causes));
    }
  }

  private void created(Call call, Answer answer) {
    if (!answer.successful() || !answer.carriesNumber()) {
      return;
    }
    long id = answer.number().id();
    if (!IssuedIds.firstTime(id) && idsMustStayNew) {
      inAnswers.add(new Breach(Rule.ID_NOT_HANDED_OUT_AGAIN, id, "create answer", answer.exchange(),
          "id " + id + " was handed out earlier in this run, to another number"));
    }
    SentChange sent = SentChange.of(call);
    TrackedNumber number = new TrackedNumber(id, call.credentials().tenant(), answer.number().normalized());
    number.affected(sent.readable() ? new Effect.Created(sent, answer.number().normalized()) : new Effect.Unknown(),
        answer.exchange());
    tracked.put(id, number);
  }

  private static Effect effect(Operation operation, Call call, Answer answer) {
    if (answer.status() >= 500) {
      return new Effect.Unknown(); // a server error says nothing of what was or was not done
    }
    if (!answer.successful()) {
      return new Effect.Refused();
    }
    if (operation == Operation.DELETE) {
      return new Effect.Deleted();
    }
    SentChange sent = SentChange.of(call);
    if (!sent.readable()) {
      return new Effect.Unknown();
    }
    return new Effect.Updated(sent, answer.carriesNumber() ? answer.number().normalized() : null);
  }

  private static long idIn(String path) {
    try {
      return path.startsWith(MEMBER_PATH) ? Long.parseLong(path.substring(MEMBER_PATH.length())) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String request(Exchange exchange) {
    return RunLedger.current().masked(exchange.method() + " " + exchange.url() + " -> " + exchange.status());
  }

  /** The breaches under one heading each (number, view, rule), a few details each, and the exchange that showed them. */
  private static String report(List<Breach> breaches, List<Exchange> causes) {
    StringBuilder out = new StringBuilder("The state oracle found ").append(breaches.size())
        .append(breaches.size() == 1 ? " breach" : " breaches").append(" of the documented rules after ")
        .append(causes.stream().map(StateOracle::request).distinct().collect(Collectors.joining(", "))).append('\n');
    List<Breach> left = new ArrayList<>(breaches);
    while (!left.isEmpty()) {
      Breach first = left.get(0);
      List<Breach> group = left.stream().filter(first::sameHeading).toList();
      left.removeAll(group);
      out.append("- ").append(first.heading()).append('\n');
      group.stream().limit(DETAILS_SHOWN).forEach(b -> out.append("    ").append(b.detail()).append('\n'));
      if (group.size() > DETAILS_SHOWN) {
        out.append("    ... and ").append(group.size() - DETAILS_SHOWN).append(" more\n");
      }
      out.append("    seen in: ").append(Breach.exchange(first.exchange())).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
