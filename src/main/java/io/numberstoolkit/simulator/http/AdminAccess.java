package io.numberstoolkit.simulator.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who may use the admin API under {@code /__admin/numbers}, and from which web pages. Only that
 * part of {@code /__admin} is served: WireMock's own admin (stubs the simulator would never serve,
 * shutdown, files, global settings) is refused. With {@code --admin-key} every admin request
 * needs {@code Authorization: Bearer KEY}; without one the admin answers clients on this machine
 * only, and not at all once API keys are on (a keyed simulator is one that others reach). Which
 * web pages may call it is {@link Cors}'s to say; a change cannot be sent as a form or
 * {@code text/plain}, the requests a page of any site can send without asking.
 */
final class AdminAccess {
  static final String ROOT = "/__admin/numbers/";
  private static final Set<String> SIMPLE_CONTENT_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  private final byte[] adminKey;
  private final boolean apiKeysOn;

  AdminAccess(String adminKey, boolean apiKeysOn) {
    this.adminKey = adminKey == null ? null : bearer(adminKey);
    this.apiKeysOn = apiKeysOn;
  }

  /** Why this admin request is refused, or null when it may go on. */
  ApiException refusal(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(ROOT)) {
      return new ApiException(404, "WireMock's own admin API is off in the simulator: its stubs would never"
          + " be served (the numbers API answers every request from its store), and shutdown, files"
          + " and global settings are not for a shared machine. The simulator's admin API is under "
          + ROOT);
    }
    if (request.getMethod().equals("OPTIONS")) {
      return null; // a preflight never carries the key; the request it asks about must
    }
    if (ConsolePage.serves(request.getRequestURI()) && request.getMethod().equals("GET") && adminKey != null) {
      return null; // the console's files hold no data: the page asks for the key, then sends it
    }
    ApiException unauthorised = unauthorised(request);
    if (unauthorised != null) {
      return unauthorised;
    }
    if (changes(request.getMethod()) && isSimple(request.getContentType())) {
      return new ApiException(415, "an admin request that changes something takes JSON (Content-Type:"
          + " application/json) or no body: a form or text/plain can be sent by a page of any site");
    }
    return null;
  }

  private ApiException unauthorised(HttpServletRequest request) {
    if (adminKey != null) {
      String authorization = request.getHeader("Authorization");
      if (authorization == null || !MessageDigest.isEqual(adminKey, authorization.getBytes(StandardCharsets.UTF_8))) {
        return new ApiException(401, "the admin API needs the admin key: send Authorization: Bearer KEY",
            List.of(), Map.of("WWW-Authenticate", "Bearer realm=\"numbers-admin\""));
      }
      return null;
    }
    if (apiKeysOn) {
      return new ApiException(403, "the admin API is off: API keys are on and no admin key was given;"
          + " start the simulator with --admin-key KEY and send Authorization: Bearer KEY");
    }
    if (!fromThisMachine(request.getRemoteAddr())) {
      return new ApiException(403, "without an admin key the admin API answers clients on this machine"
          + " only; start the simulator with --admin-key KEY and send Authorization: Bearer KEY");
    }
    return null;
  }

  private static boolean changes(String method) {
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  private static boolean isSimple(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return SIMPLE_CONTENT_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
  }

  private static boolean fromThisMachine(String remoteAddress) {
    try {
      // an IP literal: no name is looked up
      return InetAddress.getByName(remoteAddress).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static byte[] bearer(String key) {
    return ("Bearer " + key).getBytes(StandardCharsets.UTF_8);
  }
}
