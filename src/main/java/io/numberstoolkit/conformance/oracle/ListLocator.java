package io.numberstoolkit.conformance.oracle;

import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.NumberView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the page of the list that holds a number, at bounded cost: the page it was on last time
 * first, then from page 1 on, at most {@link #MAX_PAGES} pages. The list's order is not
 * documented, so a number missing from the pages looked at is only "not listed" when they were
 * all the pages there are.
 */
final class ListLocator {
  /** Pages looked at, at most, for one number: 250 numbers. */
  static final int MAX_PAGES = 10;

  /**
   * What the pages looked at say about a number.
   *
   * @param page the page that holds it (0 when none does)
   * @param answer the page that holds it, or the last page looked at
   * @param wholeList whether every page of the list was looked at
   */
  record Sighting(Optional<NumberView> number, int page, Answer answer, boolean wholeList) {}

  private ListLocator() {}

  static Sighting find(NumberViews views, long id, Integer rememberedPage) {
    Map<Integer, Answer> seen = new HashMap<>();
    if (rememberedPage != null) {
      Answer answer = views.listPage(rememberedPage);
      seen.put(rememberedPage, answer);
      Optional<NumberView> found = holding(answer, id);
      if (found.isPresent()) {
        return new Sighting(found, rememberedPage, answer, false);
      }
    }
    Answer answer = null;
    for (int page = 1; page <= MAX_PAGES; page++) {
      answer = seen.containsKey(page) ? seen.get(page) : views.listPage(page);
      if (answer.status() != 200) {
        return new Sighting(Optional.empty(), 0, answer, false);
      }
      Optional<NumberView> found = holding(answer, id);
      if (found.isPresent()) {
        return new Sighting(found, page, answer, false);
      }
      if (LastPage.is(answer)) {
        return new Sighting(Optional.empty(), 0, answer, true);
      }
    }
    return new Sighting(Optional.empty(), 0, answer, false);
  }

  private static Optional<NumberView> holding(Answer page, long id) {
    return page.status() == 200 ? page.numbers().stream().filter(n -> n.id() == id).findFirst() : Optional.empty();
  }
}
