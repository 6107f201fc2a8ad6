package io.numberstoolkit.proxy;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The proxy's admin API, under the simulator's admin root and behind the same access rules
 * ({@code GuardedServers}: this machine only without an admin key, allowed origins only):
 * {@code GET /__admin/numbers/proxy/violations} reads the log, {@code DELETE} empties it.
 */
final class ProxyAdminApi implements AdminApiExtension {
  static final String PATH = "/numbers/proxy/violations";

  private final ViolationLog log;

  ProxyAdminApi(ViolationLog log) {
    this.log = log;
  }

  @Override
  public String getName() {
    return "numbers-proxy-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.GET, PATH, (admin, event, params) -> json(log.toJson().toString()));
    router.add(RequestMethod.DELETE, PATH, (admin, event, params) -> {
      log.clear();
      return json("{\"message\":\"violation log cleared\"}");
    });
  }

  private static ResponseDefinition json(String body) {
    return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body).build();
  }
}
