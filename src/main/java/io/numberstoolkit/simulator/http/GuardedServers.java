package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import java.net.URI;
import java.util.List;

/**
 * The simulator's guarded Jetty server for any WireMock server of the toolkit: the Host check
 * against DNS rebinding, the admin API's access rules (admin key, this machine only, allowed
 * origins, no form posts) and the bounded, well-formed request bodies. The validating proxy is
 * guarded by the same code as the simulator, so it is as safe by default.
 */
public final class GuardedServers {
  private GuardedServers() {}

  /**
   * @param publicUrl the URL clients reach the server by, or null
   * @param adminKey the admin API's bearer key, or null: then the admin answers this machine only
   * @param apiKeysOn true when others are meant to reach the server: without an admin key the admin is off
   */
  public static HttpServerFactory of(long maxBodyBytes, String bindAddress, String publicUrl, String adminKey,
      boolean apiKeysOn, List<String> allowedOrigins) {
    HostCheck hosts = new HostCheck(bindAddress, publicUrl);
    URI url = publicUrl == null ? null : URI.create(publicUrl);
    AdminAccess admin = new AdminAccess(adminKey, apiKeysOn, allowedOrigins);
    return new GuardedJettyServerFactory(maxBodyBytes,
        AccessFilter.forApi(hosts, url), AccessFilter.forAdmin(hosts, url, admin));
  }
}
