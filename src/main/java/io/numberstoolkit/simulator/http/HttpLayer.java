package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.store.Spaces;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The WireMock server that serves the numbers API and its admin API over the store, with the
 * runtime state beside the store: the fault switch and the request log.
 */
public final class HttpLayer {
  private static final int ASYNC_RESPONSE_THREADS = 4;

  private final WireMockServer server;
  private final AdminApi admin;

  private HttpLayer(WireMockServer server, AdminApi admin) {
    this.server = server;
    this.admin = admin;
  }

  public static HttpLayer create(Spaces spaces, SimulatorOptions options) {
    Faults faults = new Faults(options.latencyMs());
    RequestLog log = new RequestLog(options.requestLogSize(), options.requestPrinter());
    NumbersApi api =
        new NumbersApi(spaces, new Tenancy(options.apiKeys()), options.maxBodyBytes(), Clock.systemUTC());
    AdminApi admin = new AdminApi(spaces, log, faults);
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .extensionScanningEnabled(false)
            .extensions(new NumbersFilter(api, faults, ContractDocuments.packaged()), admin, log)
            .disableRequestJournal()
            // WireMock would format every request for a log we never print, reading the body in
            // the declared charset after the answer is decided: an unknown charset threw there.
            .stubRequestLoggingDisabled(true)
            .httpClientFactory(new LazyProxyClients())
            .httpServerFactory(accessGuarded(options))
            .jettyAcceptors(1)
            // Every answer's body is whole before it is written: a Content-Length lets Jetty send
            // head and body in one write, where chunking costs a second write for the last chunk.
            .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
            .asynchronousResponseEnabled(true)
            .asynchronousResponseThreads(ASYNC_RESPONSE_THREADS)
            .mappingSource(NO_STUB_FILES)
            .notifier(new ConsoleNotifier(false));
    return new HttpLayer(new WireMockServer(config), admin);
  }

  private static HttpServerFactory accessGuarded(SimulatorOptions options) {
    return GuardedServers.of(options.maxBodyBytes(), options.bindAddress(), options.publicUrl(),
        options.adminKey(), !options.apiKeys().isEmpty(), options.allowedOrigins());
  }

  public WireMockServer server() {
    return server;
  }

  /** Everything back as at start-up: the state spaces, the fault switch, the request log. */
  public void reset() {
    admin.resetAll();
  }

  /** The simulator answers from its store (and the proxy from its target): neither loads stub files from the working directory. */
  public static final MappingsSource NO_STUB_FILES =
      new MappingsSource() {
        @Override
        public void loadMappingsInto(StubMappings stubMappings) {}

        @Override
        public void save(List<StubMapping> stubMappings) {}

        @Override
        public void save(StubMapping stubMapping) {}

        @Override
        public void remove(StubMapping stubMapping) {}

        @Override
        public void remove(UUID stubMappingId) {}

        @Override
        public void removeAll() {}
      };
}
