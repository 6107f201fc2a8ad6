package io.numberstoolkit.benchmark;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * What the clients of the load generator send: a complete HTTP/1.1 request for each turn, and the
 * status every answer must have (anything else counts as an error).
 */
record Workload(int expectedStatus, Function<Workload.ClientTurn, byte[]> requests) {
  /** The request for a client's next turn; called from that client's thread only. */
  byte[] next(ClientTurn turn) {
    return requests.apply(turn);
  }

  /** One client's own random source: the same seeds for every server, so each gets the same requests. */
  static final class ClientTurn {
    final SplittableRandom random;

    ClientTurn(int client) {
      this.random = new SplittableRandom(0x5EED + client);
    }
  }
}
