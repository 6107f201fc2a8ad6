package io.numberstoolkit.conformance.oracle;

import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.ApiClient;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.contract.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The target's views of its numbers, as one tenant sees them: show in JSON and XML, the search by
 * a number's cid, afid and sid (every page its Link header leads to, bounded), and one page of
 * the list. Each answer is checked against the contract by the client, as any other.
 */
final class NumberViews {
  /** Search pages followed at most: the search's paging is OPEN, and the oracle's searches are narrow. */
  static final int MAX_SEARCH_PAGES = 10;

  private final ApiClient api;
  private final Call.Credentials tenant;

  NumberViews(ApiClient api, Call.Credentials tenant) {
    this.api = api;
    this.tenant = tenant;
  }

  Answer show(long id) {
    return api.send(Call.show(id).with(tenant));
  }

  Answer showXml(long id) {
    return api.send(Call.show(id).as("xml").with(tenant));
  }

  Answer listPage(int page) {
    return api.send(Call.list().page(page).with(tenant));
  }

  /** The numbers the search answers, with the exchanges that answered them. */
  Search search(String cid, String afid, String sid) {
    List<Answer> pages = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    Answer page = api.send(Call.search(cid, afid, sid).with(tenant));
    pages.add(page);
    while (page.status() == 200 && pages.size() < MAX_SEARCH_PAGES && page.links().get("next").filter(visited::add).isPresent()) {
      page = api.send(Call.follow(java.util.Optional.of(Operation.SEARCH), page.links().get("next").get()));
      pages.add(page);
    }
    return new Search(pages);
  }

  record Search(List<Answer> pages) {
    boolean answered() {
      return pages.stream().allMatch(page -> page.status() == 200);
    }

    List<NumberView> numbers() {
      List<NumberView> numbers = new ArrayList<>();
      pages.forEach(page -> numbers.addAll(page.numbers()));
      return numbers;
    }

    Answer first() {
      return pages.get(0);
    }

    /** Whether the walk reached the search's last page (how the search pages is OPEN). */
    boolean complete() {
      return LastPage.is(pages.get(pages.size() - 1));
    }
  }
}
