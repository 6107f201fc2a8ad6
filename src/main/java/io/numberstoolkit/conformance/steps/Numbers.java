package io.numberstoolkit.conformance.steps;

import io.numberstoolkit.conformance.TargetConfig;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.ApiClient;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.client.ScenarioContext;
import io.numberstoolkit.conformance.oracle.StateOracle;
import io.numberstoolkit.contract.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The flows the steps share, in the API's terms (create a number and check it was created, walk
 * every page of the list, ...), and what the scenario is talking about: "the number", "the other
 * number", the last answer.
 */
public final class Numbers {
  /** Pages the suite follows at most before it calls a Link chain endless. */
  private static final int MAX_PAGES = 2000;

  private final ScenarioContext context;
  private final ApiClient api;
  private final TargetConfig target;
  private final StateOracle oracle;

  private Answer last;
  private final List<Answer> history = new ArrayList<>();
  private NumberView current;
  private NumberView other;
  private NumberRequest request;
  private Set<Long> idsBefore;

  public Numbers(ScenarioContext context, ApiClient api, StateOracle oracle) {
    this.context = context;
    this.api = api;
    this.target = context.target();
    this.oracle = oracle;
  }

  // ---- what the scenario talks about

  public Answer last() {
    if (last == null) {
      throw new IllegalStateException("no request was sent yet in this scenario");
    }
    return last;
  }

  /**
   * The answers to the requests the scenario is about, oldest first: each one that became {@link
   * #last()}, not the looks the steps take on the side (every exchange is in the run's ledger).
   */
  public List<Answer> history() {
    return List.copyOf(history);
  }

  /** "the first campaign" or "the second campaign", as the configured cid. */
  public String campaignNamed(String words) {
    return words.contains("first") ? target.firstCid() : target.secondCid();
  }

  public NumberView current() {
    if (current == null) {
      throw new IllegalStateException("the scenario has no number yet (a Given or a create step makes one)");
    }
    return current;
  }

  public void current(NumberView number) {
    current = number;
  }

  public NumberView other() {
    return other;
  }

  /** The request the scenario last sent for a create or update. */
  public NumberRequest request() {
    return request;
  }

  // ---- requests

  /** A create request for a campaign, our affiliate and a sub id of this scenario's own. */
  public NumberRequest newRequest(String cid) {
    return NumberRequest.create(cid, target.afid(), context.unique("conform"));
  }

  /** Sends a call whose answer becomes the one later steps talk about ("the answer"). */
  public Answer send(Call call) {
    return exchange(call, true);
  }

  /**
   * The one path of every request. Only the answer to a request the scenario is about becomes
   * {@link #last()} and joins the history, not a look the steps take on the side (a show, the
   * pages of a walk). The state oracle hears of every one.
   */
  private Answer exchange(Call call, boolean aboutTheScenario) {
    Answer answer = api.send(call);
    oracle.observe(call, answer);
    if (aboutTheScenario) {
      last = answer;
      history.add(answer);
    }
    return answer;
  }

  /** Sends a create and, when it succeeds, makes its number the scenario's number. */
  public Answer create(NumberRequest create, Call call) {
    request = create;
    Answer answer = send(call);
    if (answer.successful() && answer.carriesNumber()) {
      current = answer.number();
    }
    return answer;
  }

  public Answer create(NumberRequest create) {
    return create(create, Call.create(create.body()));
  }

  /** Creates a number that later steps build on; fails the step unless it was created. */
  public NumberView given(NumberRequest create) {
    Answer answer = create(create);
    Expect.success(Operation.CREATE, answer);
    return answer.number();
  }

  public void givenAnother(NumberRequest create) {
    NumberView first = current;
    other = given(create);
    current = first;
  }

  public Answer update(NumberRequest changes, String format, Call.Credentials credentials) {
    request = changes;
    return send(Call.update(current().id(), changes.body()).as(format).with(credentials));
  }

  /** The number as shown now; fails the step unless the show succeeds. */
  public NumberView show(long id) {
    Answer answer = exchange(Call.show(id), false);
    Expect.status(200, answer);
    return answer.number();
  }

  public long unknownId() {
    return 2_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
  }

  // ---- walking pages

  /** Every page from a first call on, following the Link header's next relation. */
  public List<Answer> pages(Call first) {
    List<Answer> pages = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    Answer page = exchange(first, false);
    Expect.status(200, page);
    pages.add(page);
    while (page.links().has("next")) {
      String next = page.links().get("next").orElseThrow();
      Expect.that(visited.add(next), "the Link header's next relation leads back to " + next);
      Expect.that(pages.size() < MAX_PAGES, "more than " + MAX_PAGES + " pages: the next links do not end");
      page = exchange(Call.follow(first.operation(), next), false);
      Expect.status(200, page);
      pages.add(page);
    }
    return pages;
  }

  public List<NumberView> all(Call first) {
    List<NumberView> numbers = new ArrayList<>();
    pages(first).forEach(page -> numbers.addAll(page.numbers()));
    return numbers;
  }

  public List<NumberView> search(String cid, String afid, String sid) {
    return all(Call.search(cid, afid, sid));
  }

  // ---- "nothing was created"

  /** Notes which numbers exist now, before an attempt that should create none. */
  public void rememberIds() {
    idsBefore = ids();
  }

  /** The numbers that appeared since {@link #rememberIds()}. */
  public Set<Long> newIds() {
    if (idsBefore == null) {
      throw new IllegalStateException("the attempt step did not note the numbers before it");
    }
    Set<Long> now = ids();
    now.removeAll(idsBefore);
    return now;
  }

  private Set<Long> ids() {
    Set<Long> ids = new LinkedHashSet<>();
    all(Call.list()).forEach(number -> ids.add(number.id()));
    return ids;
  }

  public TargetConfig target() {
    return target;
  }
}
