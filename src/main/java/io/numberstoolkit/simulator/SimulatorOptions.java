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
 */
public record SimulatorOptions(
    int port,
    String bindAddress,
    Map<String, List<Long>> apiKeys,
    boolean startEmpty,
    int seedNumbers,
    Path campaignsFile,
    Path dataFile,
    long latencyMs,
    int requestLogSize,
    long maxBodyBytes,
    int maxSessions,
    String adminKey,
    List<String> allowedOrigins,
    String publicUrl,
    Consumer<String> requestPrinter,
    Path stateFile) {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final int DEFAULT_REQUEST_LOG_SIZE = 1000;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_SESSIONS = 1000;
  public static final int MAX_SEED_NUMBERS = 100_000;

  public SimulatorOptions {
    // In the order given: the first key's company gets the docs' example numbers (Map.copyOf
    // would scramble the order).
    apiKeys = Collections.unmodifiableMap(new LinkedHashMap<>(apiKeys));
    allowedOrigins = List.copyOf(allowedOrigins);
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
     * Hands one line per API request, once it is answered, to {@code printer} (method, path with
     * keys masked, session, status, time, and for a 4xx what was wrong): what {@code simulate}
     * prints. Off (null) by default, so a simulator embedded in tests prints nothing.
     */
    public Builder printRequestsTo(Consumer<String> printer) {
      requestPrinter = printer;
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
      return new SimulatorOptions(port, bindAddress, apiKeys, startEmpty, seedNumbers, campaignsFile, dataFile,
          latencyMs, requestLogSize, maxBodyBytes, maxSessions, adminKey, allowedOrigins, publicUrl,
          requestPrinter, stateFile);
    }
  }
}
