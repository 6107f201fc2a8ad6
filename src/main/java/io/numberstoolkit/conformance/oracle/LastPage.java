package io.numberstoolkit.conformance.oracle;

import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.contract.ApiFacts;

/**
 * Whether a page of the list or the search is the last one: it names no next page in its Link
 * header, or (a target without Link headers) it is not full. A number missing from a walk that
 * did not reach the last page is not missing, only not seen.
 */
public final class LastPage {
  private LastPage() {}

  public static boolean is(Answer page) {
    if (page.links().has("next")) {
      return false;
    }
    return page.exchange().header("Link") != null || page.numbers().size() < ApiFacts.PAGE_SIZE;
  }
}
