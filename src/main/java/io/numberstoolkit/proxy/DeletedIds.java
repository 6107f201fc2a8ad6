package io.numberstoolkit.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids an acknowledged delete removed, per caller (API key and company, kept as a digest, never
 * in clear): the little memory the rule "a deleted number is gone" needs when traffic is judged
 * one exchange at a time. Bounded: the oldest ids are forgotten first.
 */
final class DeletedIds {
  private final int capacity;
  private final Map<String, Boolean> ids;

  DeletedIds(int capacity) {
    this.capacity = capacity;
    this.ids = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > DeletedIds.this.capacity;
      }
    };
  }

  synchronized void deleted(String caller, long id) {
    ids.put(entry(caller, id), Boolean.TRUE);
  }

  /** A create answered with this id: the id names a number again (reusing ids is the target's choice). */
  synchronized void created(String caller, long id) {
    ids.remove(entry(caller, id));
  }

  synchronized boolean isEmpty() {
    return ids.isEmpty();
  }

  synchronized boolean wasDeleted(String caller, long id) {
    return ids.containsKey(entry(caller, id));
  }

  /** A caller as a digest of its API key and company: the memory holds no key. */
  static String caller(String apiKey, String companyId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(((apiKey == null ? "" : apiKey) + "\n" + (companyId == null ? "" : companyId))
              .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String entry(String caller, long id) {
    return caller + "/" + id;
  }
}
