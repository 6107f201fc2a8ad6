package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.store.Spaces;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Builds the WireMock server that serves the numbers API and its admin API over the store. */
public final class HttpLayer {
  private static final int ASYNC_RESPONSE_THREADS = 4;

  private HttpLayer() {}

  public static WireMockServer server(Spaces spaces, SimulatorOptions options) {
    Faults faults = new Faults(options.latencyMs());
    RequestLog log = new RequestLog(options.requestLogSize());
    NumbersApi api =
        new NumbersApi(spaces, new Tenancy(options.apiKeys()), options.maxBodyBytes(), Clock.systemUTC());
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .extensionScanningEnabled(false)
            .extensions(new NumbersFilter(api, faults), new AdminApi(spaces, log, faults), log)
            .disableRequestJournal()
            // WireMock formats every stub request and its answer as JSON for its notifier, which is
            // quiet here and drops them: a tenth of the CPU time of a GET-by-id, for nothing.
            .stubRequestLoggingDisabled(true)
            .httpClientFactory(new LazyProxyClients())
            .jettyAcceptors(1)
            .asynchronousResponseEnabled(true)
            .asynchronousResponseThreads(ASYNC_RESPONSE_THREADS)
            .mappingSource(NO_STUB_FILES)
            .notifier(new ConsoleNotifier(false));
    return new WireMockServer(config);
  }

  /** The simulator answers from its store; it never loads stub files from the working directory. */
  private static final MappingsSource NO_STUB_FILES =
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
