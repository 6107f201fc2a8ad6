package io.numberstoolkit.simulator.store;

/** The search endpoint matches cid, afid and sid exactly; this joins them into one map key. */
final class SearchKey {
  private static final char SEPARATOR = '\u0000';

  private SearchKey() {}

  static String of(String cid, String afid, String sid) {
    return cid + SEPARATOR + afid + SEPARATOR + sid;
  }
}
