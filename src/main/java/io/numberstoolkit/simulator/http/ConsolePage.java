package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web console at {@code /__admin/numbers/console}: a page, a script and a style sheet from the
 * jar, no build step and nothing from a CDN. It shows what the admin API says (the request log, the
 * sessions and their numbers, the fault switch) and calls it like any page: the same access rules
 * and the same key. The page is hardened for showing attacker-controlled text (the log holds
 * whatever clients sent): a policy that runs only the simulator's own script and lets no site frame
 * it, and the script writes text only, never markup.
 */
final class ConsolePage implements AdminApiExtension {
  static final String PATH = "/numbers/console";
  private static final Map<String, String> HARDENING = Map.of(
      "Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cache-Control", "no-store");

  private final Reply page = asset("console.html", "text/html; charset=utf-8");
  private final Reply script = asset("console.js", "text/javascript; charset=utf-8");
  private final Reply style = asset("console.css", "text/css; charset=utf-8");
  /** Without one the browser asks the API for /favicon.ico, and the log shows a 404 nobody sent. */
  private final Reply icon = asset("icon.svg", "image/svg+xml");

  @Override
  public String getName() {
    return "numbers-console";
  }

  /** Whether this admin path is one of the console's files, which carry no data and no key. */
  static boolean serves(String adminPath) {
    return adminPath.equals(AdminAccess.ROOT + "console") || adminPath.startsWith(AdminAccess.ROOT + "console/");
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.GET, PATH, (admin, event, params) -> page.definition(0));
    router.add(RequestMethod.GET, PATH + "/console.js", (admin, event, params) -> script.definition(0));
    router.add(RequestMethod.GET, PATH + "/console.css", (admin, event, params) -> style.definition(0));
    router.add(RequestMethod.GET, PATH + "/icon.svg", (admin, event, params) -> icon.definition(0));
  }

  private static Reply asset(String name, String contentType) {
    try (InputStream in = ConsolePage.class.getResourceAsStream("/simulator/console/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the console's " + name + " is missing from the jar");
      }
      return new Reply(200, Map.of("Content-Type", contentType), in.readAllBytes()).withHeaders(HARDENING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
