package io.numberstoolkit.cli;

import io.numberstoolkit.contract.ApiFacts;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code simulate} prints once it listens: where, truthfully (the address it is bound to, a
 * warning when that is every interface), whether API keys and the admin key are on, and the
 * endpoints.
 */
final class SimulatorBanner {
  private SimulatorBanner() {}

  static String of(SimulatorOptions options, Simulator simulator) {
    String url = simulator.baseUrl();
    StringBuilder out = new StringBuilder();
    boolean network = Simulator.isWildcard(options.bindAddress());
    List<String> others = network ? List.of()
        : simulator.listeningUrls().stream().filter(other -> !other.equals(url)).toList();
    line(out, "numbers simulator listening on " + url
        + others.stream().map(other -> " and " + other).collect(Collectors.joining())
        + (network ? " and on every other address of this machine (--bind " + options.bindAddress() + ")"
            : " only (--bind " + options.bindAddress() + ")"));
    if (network) {
      line(out, "WARNING: the API" + (options.adminKey() != null ? " and the admin API are" : " is")
          + " reachable from the network"
          + (options.apiKeys().isEmpty() ? "; API keys are off, so anyone who can reach this machine can read and change its numbers" : ""));
    }
    if (options.publicUrl() != null) {
      line(out, "  public URL: " + options.publicUrl() + " (named in Link headers)");
    }
    line(out, "  API keys: " + (options.apiKeys().isEmpty()
        ? "off (every request acts on one default company)"
        : "on (" + options.apiKeys().size() + "; api_key in the query or the body)"));
    line(out, "  admin API: " + url + "/__admin/numbers, " + adminState(options));
    line(out, "  web console: " + url + "/__admin/numbers/console");
    line(out, "  GET    " + url + "/numbers.json                              list (" + ApiFacts.PAGE_SIZE + " a page, ?page=N)");
    line(out, "  GET    " + url + "/numbers/ID.json                           show");
    line(out, "  GET    " + url + "/numbers/for/cid/CID/afid/AFID/sid/SID.json  search");
    line(out, "  POST   " + url + "/numbers.json                              create");
    line(out, "  PUT    " + url + "/numbers/ID.json                           update");
    line(out, "  DELETE " + url + "/numbers/ID.json                           delete");
    line(out, "  (.xml instead of .json for XML)");
    line(out, "Press Ctrl-C to stop.");
    return out.toString();
  }

  private static String adminState(SimulatorOptions options) {
    if (options.adminKey() != null) {
      return "admin key on (Authorization: Bearer KEY)";
    }
    if (!options.apiKeys().isEmpty()) {
      return "off: API keys are on and no --admin-key was given";
    }
    return "no admin key: answers clients on this machine only";
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append(System.lineSeparator());
  }
}
