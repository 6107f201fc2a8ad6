package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
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
  private final NumbersApi api;
  private final RequestLog log;
  private final Faults faults;
  private final GuardedJettyServerFactory jetty;

  private HttpLayer(WireMockServer server, AdminApi admin, NumbersApi api, RequestLog log, Faults faults,
      GuardedJettyServerFactory jetty) {
    this.server = server;
    this.admin = admin;
    this.api = api;
    this.log = log;
    this.faults = faults;
    this.jetty = jetty;
  }

  public static HttpLayer create(Spaces spaces, SimulatorOptions options) {
    Faults faults = new Faults(options.latencyMs());
    RequestLog log = new RequestLog(options.requestLogSize(), options.requestPrinter(), options.printBodies(),
        new KeyMasking(secrets(options)));
    NumbersApi api =
        new NumbersApi(spaces, new Tenancy(options.apiKeys()), options.maxBodyBytes(), Clock.systemUTC());
    AdminApi admin = new AdminApi(spaces, log, faults);
    GuardedJettyServerFactory jetty = accessGuarded(options);
    WireMockConfiguration config =
        WireMockConfiguration.options()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .extensionScanningEnabled(false)
            .extensions(new NumbersFilter(api, faults, ContractDocuments.packaged()), admin, log, new ConsolePage())
            .disableRequestJournal()
            // HTTP/1.1 only, as the Rails service speaks it: no h2c upgrade, whose streams the body
            // limits, slow-sender pace and connection faults were never built or tested for.
            .http2PlainDisabled(true)
            // WireMock would format every request for a log we never print, reading the body in
            // the declared charset after the answer is decided: an unknown charset threw there.
            .stubRequestLoggingDisabled(true)
            .httpClientFactory(new LazyProxyClients())
            .httpServerFactory(jetty)
            .jettyAcceptors(1)
            // Every answer's body is whole before it is written: a Content-Length lets Jetty send
            // head and body in one write, where chunking costs a second write for the last chunk.
            .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
            .asynchronousResponseEnabled(true)
            .asynchronousResponseThreads(ASYNC_RESPONSE_THREADS)
            .mappingSource(NO_STUB_FILES)
            .notifier(new ConsoleNotifier(false));
    return new HttpLayer(new WireMockServer(config), admin, api, log, faults, jetty);
  }

  /** The keys the request log masks wherever they stand: every API key, and the admin key. */
  private static List<String> secrets(SimulatorOptions options) {
    List<String> keys = new ArrayList<>(options.apiKeys().keySet());
    if (options.adminKey() != null) {
      keys.add(options.adminKey());
    }
    return keys;
  }

  private static GuardedJettyServerFactory accessGuarded(SimulatorOptions options) {
    return GuardedServers.guarded(options.maxBodyBytes(), options.bindAddress(), options.publicUrl(),
        options.adminKey(), !options.apiKeys().isEmpty(), options.allowedOrigins());
  }

  public WireMockServer server() {
    return server;
  }

  /**
   * Once started: listens on {@code address} too, on the same port, as the first address does.
   *
   * @return null when it listens there, or why it cannot
   */
  public String alsoListenOn(String address) {
    return jetty.alsoListenOn(address, server.port());
  }

  /** Where the server really listens, as host:port (IPv6 in brackets). */
  public List<String> listening() {
    return jetty.listening();
  }

  /** The admin fault switch as {@code GET /__admin/numbers/faults} shows it. */
  public ObjectNode faultSetting() {
    return (ObjectNode) faults.setting().toJson();
  }

  /**
   * Sets the admin fault switch as {@code PUT /__admin/numbers/faults} does, by the same rules.
   *
   * @throws IllegalArgumentException with the admin API's message, when the switch cannot do it
   */
  public void switchFaults(ObjectNode setting) {
    try {
      faults.set(Faults.parse(setting));
    } catch (ApiException refusal) {
      throw new IllegalArgumentException(refusal.getMessage());
    }
  }

  /** Everything back as at start-up: the state spaces, the fault switch, the request log. */
  public void reset() {
    admin.resetAll();
  }

  /** What the API or the admin API answered a call made in-process: status, content type, body. */
  public record InProcessAnswer(int status, String contentType, String body) {
    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    /** What an error answer said: its message and violations (see {@link ErrorBodyReader}). */
    public ErrorBodyReader.Explained explained() {
      return ErrorBodyReader.read(contentType, body);
    }
  }

  /**
   * An API request answered in-process, by the same code and rules as over HTTP (the Java API
   * arranges state with it, so an invalid number is refused with the API's own message). It is
   * neither logged nor faulted: arranging a test is not what the test verifies.
   */
  public InProcessAnswer call(String method, String pathAndQuery, String session, String json) {
    ImmutableRequest.Builder request = ImmutableRequest.create()
        .withMethod(RequestMethod.fromString(method))
        .withAbsoluteUrl("http://127.0.0.1:" + server.port() + pathAndQuery);
    if (session != null) {
      request.withHeader(SessionName.HEADER, session);
    }
    if (json != null) {
      request.withHeader("Content-Type", "application/json").withBody(json.getBytes(StandardCharsets.UTF_8));
    }
    ApiRequest apiRequest = ApiRequest.of(request.build());
    Reply reply;
    try {
      reply = api.handle(apiRequest);
    } catch (ApiException refusal) {
      reply = ErrorReplies.of(refusal, apiRequest.format());
    }
    return new InProcessAnswer(reply.status(), reply.headers().get("Content-Type"),
        new String(reply.body(), StandardCharsets.UTF_8));
  }

  /** Loads an exported state into a space, by the admin API's rules ({@code PUT /__admin/numbers/state}). */
  public InProcessAnswer loadState(String session, String json) {
    Reply reply;
    try {
      reply = admin.load(session, json);
    } catch (ApiException refusal) {
      reply = ErrorReplies.of(refusal, Format.JSON);
    }
    return new InProcessAnswer(reply.status(), reply.headers().get("Content-Type"),
        new String(reply.body(), StandardCharsets.UTF_8));
  }

  /** The request log as the admin API gives it: the entries after {@code since} (0: all), newest last. */
  public ArrayNode requests(long since) {
    return log.toJson(since);
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
