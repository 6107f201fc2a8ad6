package io.numberstoolkit.simulator.http;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The defence against DNS rebinding, as webpack-dev-server and Vite have it: a hostile page whose
 * name is made to resolve to this machine still names its own host in {@code Host}, so only the
 * names the simulator is really reached by are answered. Those are IP addresses (a page served
 * from an IP address is served by that machine itself), {@code localhost} and its subdomains, the
 * bind address and the {@code --public-url} host.
 */
final class HostCheck {
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

  private final Set<String> names = new HashSet<>();

  HostCheck(String bindAddress, String publicUrl) {
    if (bindAddress != null) {
      names.add(bindAddress.toLowerCase(Locale.ROOT));
    }
    if (publicUrl != null) {
      names.add(URI.create(publicUrl).getHost().toLowerCase(Locale.ROOT));
    }
  }

  /** Whether the simulator answers a request naming this {@code Host}; none (HTTP/1.0) is no browser's. */
  boolean allows(String hostHeader) {
    if (hostHeader == null) {
      return true;
    }
    String host = hostOf(hostHeader.trim().toLowerCase(Locale.ROOT));
    if (host == null) {
      return false;
    }
    return host.startsWith("[")
        || IPV4.matcher(host).matches()
        || host.equals("localhost")
        || host.endsWith(".localhost")
        || names.contains(host);
  }

  /** The host without its port, a trailing dot dropped; null when it cannot be a host. */
  private static String hostOf(String header) {
    if (header.startsWith("[")) {
      int close = header.indexOf(']');
      return close < 0 ? null : header.substring(0, close + 1);
    }
    int colon = header.indexOf(':');
    if (colon >= 0 && header.indexOf(':', colon + 1) >= 0) {
      return null;
    }
    String host = colon < 0 ? header : header.substring(0, colon);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.isEmpty() ? null : host;
  }

  static String refusal(String hostHeader) {
    return "this simulator does not answer to the host '" + hostHeader + "' (a defence against DNS"
        + " rebinding): it answers to IP addresses, localhost and its bind address; start it with"
        + " --public-url http://NAME:PORT to be reached by another name";
  }
}
