package io.numberstoolkit.cli;

import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulate}: the standalone simulator, until Ctrl-C. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Starts a stateful simulator of the numbers API (all six endpoints, JSON and XML).")
public final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--api-key", paramLabel = "KEY[:COMPANY[,COMPANY…]]",
      description = "Turns authentication on; repeatable. The key acts on its first company by default and may name the others in company_id.")
  List<String> apiKeys = new ArrayList<>();

  @Option(names = "--admin-key", paramLabel = "KEY", defaultValue = "${env:NUMBERS_ADMIN_KEY}",
      description = "The admin API asks for Authorization: Bearer KEY (default: $NUMBERS_ADMIN_KEY). Without one it answers this machine only, and nobody once --api-key is on.")
  String adminKey;

  @Option(names = "--allow-origin", paramLabel = "ORIGIN",
      description = "A web page origin the admin API answers, like http://localhost:3000; repeatable (default: the loopback origins of the port).")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(names = "--public-url", paramLabel = "URL",
      description = "The URL clients reach the simulator by, like http://devbox.local:8080: Link headers name it, and its host is answered.")
  String publicUrl;

  @Option(names = "--empty", description = "Start with no numbers instead of the docs' examples.")
  boolean empty;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "Add N generated numbers (up to " + SimulatorOptions.MAX_SEED_NUMBERS + ") to the start, spread over the campaigns, affiliates 0001-0005 and sub ids seed-1..seed-N: data to page and search. With --data, only when the file is new.")
  int seed;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Start from the numbers in FILE (as GET /__admin/numbers/state exports, or snapshot and proxy --record write) instead of the docs' examples; a file the admin import would refuse stops the start. Its campaigns, if any, join the campaigns.")
  Path state;

  @Option(names = "--campaigns", paramLabel = "FILE", description = "Campaigns to use instead of the built-in ones (format: see README).")
  Path campaigns;

  @Option(names = "--data", paramLabel = "FILE", description = "Keep the shared state in FILE across restarts; every acknowledged write is on disk.")
  Path data;

  @Option(names = "--latency", paramLabel = "MS", defaultValue = "0", description = "Delay every answer by MS milliseconds.")
  long latency;

  @Option(names = "--request-log-size", paramLabel = "N", defaultValue = "" + SimulatorOptions.DEFAULT_REQUEST_LOG_SIZE,
      description = "How many recent requests the admin API keeps (default: ${DEFAULT-VALUE}).")
  int requestLogSize;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "" + SimulatorOptions.DEFAULT_MAX_BODY_BYTES,
      description = "Larger request bodies are answered 413 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "" + SimulatorOptions.DEFAULT_MAX_SESSIONS,
      description = "How many isolated sessions are kept at once (default: ${DEFAULT-VALUE}).")
  int maxSessions;

  @Option(names = {"-q", "--quiet"}, description = "Print no line per request (by default each answered API request is one line: method, path, session, status, time, and for a 4xx what was wrong).")
  boolean quiet;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SimulatorOptions options = quiet ? options() : options().toBuilder().printRequestsTo(line -> {
      out.println(line);
      out.flush();
    }).build();
    Simulator simulator;
    try {
      simulator = Simulator.start(options);
    } catch (Simulator.StartException e) {
      err.println("simulate: " + e.getMessage());
      err.flush();
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.stop();
      stopped.countDown();
    }, "simulator-shutdown"));
    simulator.notices().forEach(notice -> err.println("simulate: " + notice));
    err.flush();
    out.print(SimulatorBanner.of(options, simulator));
    out.flush();
    stopped.await();
    return 0;
  }

  SimulatorOptions options() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535 (0 picks a free port), not " + port);
    }
    if (latency < 0 || requestLogSize < 0 || maxBodyBytes < 1 || maxSessions < 0) {
      throw new ParameterException(spec.commandLine(),
          "--latency, --request-log-size and --max-sessions must not be negative, --max-body-bytes at least 1");
    }
    if (seed < 0 || seed > SimulatorOptions.MAX_SEED_NUMBERS) {
      throw new ParameterException(spec.commandLine(),
          "--seed must be from 0 to " + SimulatorOptions.MAX_SEED_NUMBERS + ", not " + seed);
    }
    if (adminKey != null && adminKey.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--admin-key (or NUMBERS_ADMIN_KEY) must not be empty");
    }
    SimulatorOptions.Builder options = SimulatorOptions.builder()
        .port(port).bindAddress(bind).latency(latency)
        .requestLogSize(requestLogSize).maxBodyBytes(maxBodyBytes).maxSessions(maxSessions)
        .campaigns(campaigns).data(data).adminKey(adminKey).publicUrl(publicUrl).seed(seed).state(state);
    allowedOrigins.forEach(options::allowOrigin);
    for (String apiKey : apiKeys) {
      addApiKey(options, apiKey);
    }
    return empty ? options.empty().build() : options.build();
  }

  private void addApiKey(SimulatorOptions.Builder options, String spec) {
    String[] parts = spec.split(":", 2);
    if (parts[0].isEmpty() || (parts.length == 2 && !parts[1].matches("[0-9]{1,18}(,[0-9]{1,18})*"))) {
      throw new ParameterException(this.spec.commandLine(),
          "--api-key takes KEY or KEY:COMPANY_ID[,COMPANY_ID…] with numeric company ids, not '" + spec + "'");
    }
    if (parts.length == 1) {
      options.apiKey(parts[0]);
      return;
    }
    Long[] companies = java.util.Arrays.stream(parts[1].split(",")).map(Long::valueOf).toArray(Long[]::new);
    options.apiKey(parts[0], companies);
  }
}
