package io.numberstoolkit.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a simulator is started. {@link #defaults()} gives the standalone defaults (port 8080,
 * localhost, no authentication, the built-in campaigns and the docs' example numbers); each
 * {@code with…} returns a changed copy.
 */
public record SimulatorOptions(
    int port,
    String bindAddress,
    Map<String, List<Long>> apiKeys,
    boolean startEmpty,
    Path campaignsFile,
    Path dataFile,
    long latencyMs,
    int requestLogSize,
    long maxBodyBytes,
    int maxSessions) {

  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_REQUEST_LOG_SIZE = 1000;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_SESSIONS = 1000;

  public SimulatorOptions {
    // In the order given: the first key's company gets the docs' example numbers (Map.copyOf
    // would scramble the order).
    apiKeys = Collections.unmodifiableMap(new LinkedHashMap<>(apiKeys));
  }

  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        DEFAULT_PORT, "127.0.0.1", Map.of(), false, null, null, 0,
        DEFAULT_REQUEST_LOG_SIZE, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_SESSIONS);
  }

  /** Port 0 picks a free port: what tests want. */
  public SimulatorOptions withPort(int newPort) {
    return new SimulatorOptions(newPort, bindAddress, apiKeys, startEmpty, campaignsFile, dataFile,
        latencyMs, requestLogSize, maxBodyBytes, maxSessions);
  }

  public SimulatorOptions withBindAddress(String address) {
    return new SimulatorOptions(port, address, apiKeys, startEmpty, campaignsFile, dataFile,
        latencyMs, requestLogSize, maxBodyBytes, maxSessions);
  }

  /**
   * Turns authentication on for this key. Its first company is the one it acts on by default;
   * the others are companies it may name in {@code company_id} (a reseller's key). With no
   * company given, the key gets a company of its own.
   */
  public SimulatorOptions withApiKey(String key, Long... companies) {
    Map<String, List<Long>> keys = new LinkedHashMap<>(apiKeys);
    List<Long> ids = new ArrayList<>();
    for (Long company : companies) {
      if (company != null) {
        ids.add(company);
      }
    }
    if (ids.isEmpty()) {
      ids.add(1000L + keys.size() + 1);
    }
    keys.put(key, List.copyOf(ids));
    return new SimulatorOptions(port, bindAddress, keys, startEmpty, campaignsFile, dataFile,
        latencyMs, requestLogSize, maxBodyBytes, maxSessions);
  }

  /** Starts with no numbers instead of the docs' examples. */
  public SimulatorOptions empty() {
    return new SimulatorOptions(port, bindAddress, apiKeys, true, campaignsFile, dataFile,
        latencyMs, requestLogSize, maxBodyBytes, maxSessions);
  }

  public SimulatorOptions withCampaigns(Path file) {
    return new SimulatorOptions(port, bindAddress, apiKeys, startEmpty, file, dataFile,
        latencyMs, requestLogSize, maxBodyBytes, maxSessions);
  }

  public SimulatorOptions withData(Path file) {
    return new SimulatorOptions(port, bindAddress, apiKeys, startEmpty, campaignsFile, file,
        latencyMs, requestLogSize, maxBodyBytes, maxSessions);
  }

  public SimulatorOptions withLatency(long millis) {
    return new SimulatorOptions(port, bindAddress, apiKeys, startEmpty, campaignsFile, dataFile,
        millis, requestLogSize, maxBodyBytes, maxSessions);
  }

  public SimulatorOptions withRequestLogSize(int size) {
    return new SimulatorOptions(port, bindAddress, apiKeys, startEmpty, campaignsFile, dataFile,
        latencyMs, size, maxBodyBytes, maxSessions);
  }

  public SimulatorOptions withMaxBodyBytes(long bytes) {
    return new SimulatorOptions(port, bindAddress, apiKeys, startEmpty, campaignsFile, dataFile,
        latencyMs, requestLogSize, bytes, maxSessions);
  }

  public SimulatorOptions withMaxSessions(int sessions) {
    return new SimulatorOptions(port, bindAddress, apiKeys, startEmpty, campaignsFile, dataFile,
        latencyMs, requestLogSize, maxBodyBytes, sessions);
  }

  /** The company the docs' example numbers belong to: the first key's, or the only one. */
  long seedCompany() {
    return apiKeys.isEmpty() ? 1 : apiKeys.values().iterator().next().get(0);
  }
}
