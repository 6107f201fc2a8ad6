package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.numberstoolkit.simulator.http.HttpLayer;
import io.numberstoolkit.simulator.persistence.DataFile;
import io.numberstoolkit.simulator.persistence.DataFileRecovery;
import io.numberstoolkit.simulator.store.Campaigns;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.NumberSpace;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.Spaces;
import io.numberstoolkit.simulator.store.StateJournal;
import io.numberstoolkit.simulator.wire.CampaignsJson;
import io.numberstoolkit.simulator.wire.NumberJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A running simulator of the numbers API: a WireMock server answering from an in-memory store.
 * The same class serves the {@code simulate} command and Java tests:
 * <pre>{@code
 * try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
 *   String url = simulator.baseUrl() + "/numbers.json";
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {
  /** The docs' example numbers, present at start unless the options say {@code empty()}. */
  static final List<String> DOC_EXAMPLES =
      List.of(
          "contracts/examples/show.response.number-envelope.json",
          "contracts/examples/create.response.number-envelope.json");

  private final HttpLayer http;
  private final WireMockServer server;
  private final DataFile dataFile;
  private final String bindAddress;
  private final List<String> notices;

  private Simulator(HttpLayer http, DataFile dataFile, String bindAddress, List<String> notices) {
    this.http = http;
    this.server = http.server();
    this.dataFile = dataFile;
    this.bindAddress = bindAddress;
    this.notices = List.copyOf(notices);
  }

  public static Simulator start(SimulatorOptions options) throws StartException {
    return start(options, DataFile.Channels.DISK);
  }

  /** With the data file opened through {@code channels}: tests make its disk fill up. */
  static Simulator start(SimulatorOptions options, DataFile.Channels channels) throws StartException {
    checkUrls(options);
    Campaigns campaigns = StateFile.withRecorded(campaigns(options), options.stateFile());
    SpaceState fromFile = options.stateFile() == null ? null : StateFile.state(options.stateFile());
    List<String> notices = new ArrayList<>();
    DataFile dataFile = options.dataFile() == null ? null : openDataFile(options.dataFile(), channels);
    SpaceState start;
    try {
      Optional<DataFileRecovery.Recovered> recovered = dataFile == null ? Optional.empty() : dataFile.recover();
      recovered.flatMap(DataFileRecovery.Recovered::notice).ifPresent(notices::add);
      start = recovered.isPresent() ? recovered.get().state()
          : fromFile != null ? fromFile : startState(options, campaigns);
    } catch (IOException e) {
      closeQuietly(dataFile);
      throw new StartException(e.getMessage());
    }
    if (dataFile != null) {
      try {
        dataFile.replaced(start);
      } catch (IOException e) {
        closeQuietly(dataFile);
        throw new StartException("cannot write the data file " + options.dataFile() + ": " + e.getMessage());
      }
    }
    NumberSpace shared = new NumberSpace(campaigns, start, dataFile != null ? dataFile : StateJournal.NONE);
    Spaces spaces = new Spaces(campaigns, start, shared, options.maxSessions());
    HttpLayer http = HttpLayer.create(spaces, options);
    try {
      http.server().start();
    } catch (RuntimeException e) {
      closeQuietly(dataFile);
      throw new StartException(
          "cannot listen on " + options.bindAddress() + ":" + options.port() + ": " + rootMessage(e));
    }
    return new Simulator(http, dataFile, options.bindAddress(), notices);
  }

  /** Takes the data file for this simulator; refused when another one has it or it is read-only. */
  private static DataFile openDataFile(Path path, DataFile.Channels channels) throws StartException {
    try {
      return DataFile.open(path, channels);
    } catch (IOException e) {
      throw new StartException(e.getMessage());
    }
  }

  /** What the start had to tell the user, such as a torn last line dropped from the data file. */
  public List<String> notices() {
    return notices;
  }

  /**
   * The URL to reach the simulator from this machine: its bind address ({@code 127.0.0.1} by
   * default, not {@code localhost}, which may name {@code ::1} first), or {@code 127.0.0.1} when
   * it listens on every interface.
   */
  public String baseUrl() {
    String host = isWildcard(bindAddress) ? "127.0.0.1" : bindAddress;
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  /** Whether the simulator listens on every interface, and so is reachable from the network. */
  public static boolean isWildcard(String bindAddress) {
    return bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("0:0:0:0:0:0:0:0");
  }

  public int port() {
    return server.port();
  }

  /**
   * Back to the start-up state: the shared space as it started, no sessions, the admin fault
   * switch off and the request log empty (so nothing one test did reaches the next).
   */
  public void reset() {
    http.reset();
  }

  public void stop() {
    server.stop();
    closeQuietly(dataFile);
  }

  @Override
  public void close() {
    stop();
  }

  private static Campaigns campaigns(SimulatorOptions options) throws StartException {
    if (options.campaignsFile() == null) {
      return CampaignsJson.builtIn();
    }
    try {
      return CampaignsJson.load(options.campaignsFile());
    } catch (CampaignsJson.InvalidCampaignsException e) {
      throw new StartException("cannot use the campaigns file " + e.getMessage());
    }
  }

  /** Without a data file (or with a new one): the docs' examples, or nothing. */
  private static SpaceState startState(SimulatorOptions options, Campaigns campaigns) throws StartException {
    try {
      return SeedNumbers.added(examples(options), campaigns, options.seedCompany(), options.seedNumbers());
    } catch (IllegalArgumentException e) {
      throw new StartException(e.getMessage());
    }
  }

  private static SpaceState examples(SimulatorOptions options) {
    if (options.startEmpty()) {
      return SpaceState.empty();
    }
    List<NumberRecord> numbers = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String resource : DOC_EXAMPLES) {
      try (InputStream in = Simulator.class.getClassLoader().getResourceAsStream(resource)) {
        JsonNode example = json.readTree(in);
        numbers.add(NumberJson.fromJson(example.get("number"), options.seedCompany()));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("the docs' example " + resource + " cannot be read", e);
      }
    }
    return new SpaceState(numbers, Sequences.START);
  }

  /** A public URL or an allowed origin is scheme, host and port, nothing more: a wildcard is no origin. */
  private static void checkUrls(SimulatorOptions options) throws StartException {
    if (options.publicUrl() != null && !isOrigin(options.publicUrl().replaceAll("/$", ""))) {
      throw new StartException("--public-url takes http(s)://HOST[:PORT], like http://devbox.local:8080, not '"
          + options.publicUrl() + "'");
    }
    for (String origin : options.allowedOrigins()) {
      if (!isOrigin(origin.replaceAll("/$", ""))) {
        throw new StartException("--allow-origin takes an origin, http(s)://HOST[:PORT] like"
            + " http://localhost:3000 (never *), not '" + origin + "'");
      }
    }
  }

  private static boolean isOrigin(String text) {
    try {
      URI uri = new URI(text);
      return (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
          && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  private static void closeQuietly(DataFile file) {
    if (file != null) {
      try {
        file.close();
      } catch (IOException ignored) {
        // closing after the last forced write loses nothing
      }
    }
  }

  /** The simulator could not start; the message says why in words a user can act on. */
  public static final class StartException extends Exception {
    public StartException(String message) {
      super(message);
    }
  }
}
