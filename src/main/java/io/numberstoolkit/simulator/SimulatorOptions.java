package io.numberstoolkit.simulator;

import io.numberstoolkit.simulator.store.NumberRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How a simulator is started. {@link #defaults()} gives the standalone defaults (port 8080,
 * localhost, no authentication, the built-in campaigns and the docs' example numbers); {@link
 * #builder()} and {@link #toBuilder()} change any of them:
 * <pre>{@code
 * SimulatorOptions.builder().port(0).apiKey("secret", 7L).empty().build()
 * }</pre>
 * A class made only by its builder, not a record: a new option then changes no constructor a
 * user's code calls, and {@link #toString()} never shows a key.
 */
public final class SimulatorOptions {
  private final int port;
  private final String bindAddress;
  private final Map<String, List<Long>> apiKeys;
  private final boolean startEmpty;
  private final int seedNumbers;
  private final Path campaignsFile;
  private final Path dataFile;
  private final long latencyMs;
  private final int requestLogSize;
  private final long maxBodyBytes;
  private final int maxSessions;
  private final String adminKey;
  private final List<String> allowedOrigins;
  private final String publicUrl;
  private final Consumer<String> requestPrinter;
  private final boolean printBodies;
  private final Path stateFile;

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final int DEFAULT_REQUEST_LOG_SIZE = 1000;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_SESSIONS = 1000;
  public static final int MAX_SEED_NUMBERS = 100_000;

  private SimulatorOptions(Builder builder) {
    port = builder.port;
    bindAddress = builder.bindAddress;
    // In the order given: the first key's company gets the docs' example numbers (Map.copyOf
    // would scramble the order).
    apiKeys = Collections.unmodifiableMap(new LinkedHashMap<>(builder.apiKeys));
    startEmpty = builder.startEmpty;
    seedNumbers = builder.seedNumbers;
    campaignsFile = builder.campaignsFile;
    dataFile = builder.dataFile;
    latencyMs = builder.latencyMs;
    requestLogSize = builder.requestLogSize;
    maxBodyBytes = builder.maxBodyBytes;
    maxSessions = builder.maxSessions;
    adminKey = builder.adminKey;
    allowedOrigins = List.copyOf(builder.allowedOrigins);
    publicUrl = builder.publicUrl;
    requestPrinter = builder.requestPrinter;
    printBodies = builder.printBodies;
    stateFile = builder.stateFile;
  }

  public int port() {
    return port;
  }

  public String bindAddress() {
    return bindAddress;
  }

  public Map<String, List<Long>> apiKeys() {
    return apiKeys;
  }

  public boolean startEmpty() {
    return startEmpty;
  }

  public int seedNumbers() {
    return seedNumbers;
  }

  public Path campaignsFile() {
    return campaignsFile;
  }

  public Path dataFile() {
    return dataFile;
  }

  public long latencyMs() {
    return latencyMs;
  }

  public int requestLogSize() {
    return requestLogSize;
  }

  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  public int maxSessions() {
    return maxSessions;
  }

  public String adminKey() {
    return adminKey;
  }

  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  public String publicUrl() {
    return publicUrl;
  }

  public Consumer<String> requestPrinter() {
    return requestPrinter;
  }

  public boolean printBodies() {
    return printBodies;
  }

  public Path stateFile() {
    return stateFile;
  }

  /** The options as a log may print them: keys are never shown. */
  @Override
  public String toString() {
    return "SimulatorOptions[port=" + port + ", bindAddress=" + bindAddress + ", apiKeys=" + apiKeys.size()
        + " (not shown), adminKey=" + (adminKey == null ? "none" : "(not shown)") + ", startEmpty=" + startEmpty
        + ", seedNumbers=" + seedNumbers + ", dataFile=" + dataFile + ", stateFile=" + stateFile + "]";
  }

  public static SimulatorOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.port = port;
    builder.bindAddress = bindAddress;
    builder.apiKeys.putAll(apiKeys);
    builder.startEmpty = startEmpty;
    builder.seedNumbers = seedNumbers;
    builder.campaignsFile = campaignsFile;
    builder.dataFile = dataFile;
    builder.latencyMs = latencyMs;
    builder.requestLogSize = requestLogSize;
    builder.maxBodyBytes = maxBodyBytes;
    builder.maxSessions = maxSessions;
    builder.adminKey = adminKey;
    builder.allowedOrigins.addAll(allowedOrigins);
    builder.publicUrl = publicUrl;
    builder.requestPrinter = requestPrinter;
    builder.printBodies = printBodies;
    builder.stateFile = stateFile;
    return builder;
  }

  /** The company the docs' example numbers belong to: the first key's, or the only one. */
  long seedCompany() {
    return apiKeys.isEmpty() ? NumberRecord.DEFAULT_COMPANY : apiKeys.values().iterator().next().get(0);
  }

  /** Sets options one by one; unset ones keep their defaults. */
  public static final class Builder {
    private int port = DEFAULT_PORT;
    private String bindAddress = DEFAULT_BIND_ADDRESS;
    private final Map<String, List<Long>> apiKeys = new LinkedHashMap<>();
    private boolean startEmpty;
    private int seedNumbers;
    private Path campaignsFile;
    private Path dataFile;
    private long latencyMs;
    private int requestLogSize = DEFAULT_REQUEST_LOG_SIZE;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxSessions = DEFAULT_MAX_SESSIONS;
    private String adminKey;
    private final List<String> allowedOrigins = new ArrayList<>();
    private String publicUrl;
    private Consumer<String> requestPrinter;
    private boolean printBodies;
    private Path stateFile;

    private Builder() {}

    /** Port 0 picks a free port: what tests want. */
    public Builder port(int newPort) {
      port = newPort;
      return this;
    }

    public Builder bindAddress(String address) {
      bindAddress = address;
      return this;
    }

    /**
     * Turns authentication on for this key. Its first company is the one it acts on by default;
     * the others are companies it may name in {@code company_id} (a reseller's key). With no
     * company given, the key gets a company of its own.
     */
    public Builder apiKey(String key, Long... companies) {
      List<Long> ids = new ArrayList<>();
      for (Long company : companies) {
        if (company != null) {
          ids.add(company);
        }
      }
      if (ids.isEmpty()) {
        ids.add(1000L + apiKeys.size() + 1);
      }
      apiKeys.put(key, List.copyOf(ids));
      return this;
    }

    /** Starts with no numbers instead of the docs' examples. */
    public Builder empty() {
      startEmpty = true;
      return this;
    }

    /**
     * Adds {@code count} generated numbers to a fresh start state (not to a data file that already
     * holds one), spread over the campaigns, five affiliates and sub ids: data to page and search.
     */
    public Builder seed(int count) {
      if (count < 0 || count > MAX_SEED_NUMBERS) {
        throw new IllegalArgumentException("the seed is from 0 to " + MAX_SEED_NUMBERS + " numbers, not " + count);
      }
      seedNumbers = count;
      return this;
    }

    public Builder campaigns(Path file) {
      campaignsFile = file;
      return this;
    }

    public Builder data(Path file) {
      dataFile = file;
      return this;
    }

    public Builder latency(long millis) {
      latencyMs = millis;
      return this;
    }

    public Builder requestLogSize(int size) {
      requestLogSize = size;
      return this;
    }

    public Builder maxBodyBytes(long bytes) {
      maxBodyBytes = bytes;
      return this;
    }

    public Builder maxSessions(int sessions) {
      maxSessions = sessions;
      return this;
    }

    /** The key the admin API asks for, as {@code Authorization: Bearer KEY}; see the README's "Admin API". */
    public Builder adminKey(String key) {
      adminKey = key;
      return this;
    }

    /** A browser origin the admin API answers (CORS); none given means the loopback origins of the port. */
    public Builder allowOrigin(String origin) {
      allowedOrigins.add(origin);
      return this;
    }

    /** The URL clients reach the simulator by: what Link headers name, and a Host the simulator answers. */
    public Builder publicUrl(String url) {
      publicUrl = url;
      return this;
    }

    /**
     * Hands one line per API request, as it is answered, to {@code printer} (method, path with
     * keys masked, session, status, time, and for a 4xx what was wrong): what {@code simulate}
     * prints. Off (null) by default, so a simulator embedded in tests prints nothing.
     */
    public Builder printRequestsTo(Consumer<String> printer) {
      requestPrinter = printer;
      return this;
    }

    /**
     * With {@link #printRequestsTo}: each line is followed by the request and answer bodies, keys
     * masked and each cut at 16 KiB, as the request log keeps them (what {@code simulate --verbose} prints).
     */
    public Builder printBodies(boolean withBodies) {
      printBodies = withBodies;
      return this;
    }

    /**
     * A state file (as {@code GET /__admin/numbers/state} exports it, or {@code snapshot} and
     * {@code proxy --record} write it) to start from instead of the docs' examples; checked as the
     * admin import checks one. Its {@code campaigns}, if any, join the campaigns.
     */
    public Builder state(Path file) {
      stateFile = file;
      return this;
    }

    public SimulatorOptions build() {
      return new SimulatorOptions(this);
    }
  }
}
