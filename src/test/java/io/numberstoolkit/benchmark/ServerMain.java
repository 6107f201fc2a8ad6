package io.numberstoolkit.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server under test in a JVM of its own, so its heap, threads and JIT are its own and both
 * servers run with the same JVM settings. Prints {@code PORT n}, then answers commands read from
 * standard input, one a line:
 *
 * <pre>
 * heap                                  prints HEAP bytes: the heap in use after a full GC
 * stub BODY_FILE[\tHEADER: VALUE]...   (plain WireMock) its static stub, fields tab-separated; prints STUBBED
 * stop
 * </pre>
 *
 * It stops as well when its parent goes away (standard input closes). {@code ServerMain simulator}
 * starts the simulator empty, with the request log on at its default size; {@code ServerMain
 * wiremock-best} and {@code wiremock-default} start plain WireMock, which answers 404 until it is
 * given its stub.
 */
public final class ServerMain {
  /** The path of every GET-by-id request: the plain WireMock stub answers all of them. */
  static final String SHOW_PATH_PATTERN = "/numbers/[0-9]+\\.json";
  /** Plain WireMock at its best: journal off, no per-request log formatting, its default threads. */
  static final String WIREMOCK_BEST = "wiremock-best";
  /** Plain WireMock as {@code new WireMockServer(options().port(0))} gives it: journal and logging on. */
  static final String WIREMOCK_DEFAULT = "wiremock-default";

  private ServerMain() {}

  public static void main(String[] args) throws Exception {
    Runnable stop;
    int port;
    WireMockServer wiremock = null;
    if (args.length == 1 && args[0].equals("simulator")) {
      Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).empty().build());
      port = simulator.port();
      stop = simulator::stop;
    } else if (args.length == 1 && (args[0].equals(WIREMOCK_BEST) || args[0].equals(WIREMOCK_DEFAULT))) {
      wiremock = plainWireMock(args[0].equals(WIREMOCK_BEST));
      port = wiremock.port();
      stop = wiremock::stop;
    } else {
      System.err.println("usage: ServerMain simulator|" + WIREMOCK_BEST + "|" + WIREMOCK_DEFAULT);
      System.exit(2);
      return;
    }
    reply("PORT " + port);
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String command = commands.readLine(); command != null && !command.equals("stop");
        command = commands.readLine()) {
      if (command.equals("heap")) {
        reply("HEAP " + heapInUseAfterGc());
      } else if (command.startsWith("stub ") && wiremock != null) {
        stub(wiremock, command.substring("stub ".length()).split("\t"));
        reply("STUBBED");
      }
    }
    stop.run();
    System.exit(0);
  }

  private static void reply(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /**
   * Plain WireMock with no stub files. At its best it is the strongest configuration a user could
   * run for a static stub: the request journal off, WireMock's per-request log formatting off
   * ({@code stubRequestLoggingDisabled}, a notifier that is never asked to print), and its own
   * default acceptors and container threads. Its default is what {@code options().port(0)} gives:
   * the journal on and every request formatted for its notifier.
   */
  private static WireMockServer plainWireMock(boolean best) throws Exception {
    Path noFiles = Files.createTempDirectory("plain-wiremock");
    noFiles.toFile().deleteOnExit();
    WireMockConfiguration options =
        WireMockConfiguration.options().port(0).bindAddress("127.0.0.1").usingFilesUnderDirectory(noFiles.toString());
    if (best) {
      options = options.disableRequestJournal().stubRequestLoggingDisabled(true).notifier(new ConsoleNotifier(false));
    }
    WireMockServer server = new WireMockServer(options);
    server.start();
    return server;
  }

  /** One stub answering every GET-by-id path with a stored answer: BODY_FILE, then HEADER: VALUE... */
  private static void stub(WireMockServer server, String[] fields) throws Exception {
    ResponseDefinitionBuilder answer = aResponse().withStatus(200).withBody(Files.readAllBytes(Path.of(fields[0])));
    for (int i = 1; i < fields.length; i++) {
      int colon = fields[i].indexOf(':');
      answer = answer.withHeader(fields[i].substring(0, colon).trim(), fields[i].substring(colon + 1).trim());
    }
    server.stubFor(get(urlPathMatching(SHOW_PATH_PATTERN)).willReturn(answer));
  }

  private static long heapInUseAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
