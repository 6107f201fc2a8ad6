package io.numberstoolkit.conformance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Whether the target answers HTTP at all, checked once before a run with a short timeout, so an
 * unreachable target costs one clear line instead of a failed scenario for every request.
 */
public final class Reachability {
  private static final Duration LONGEST = Duration.ofSeconds(5);

  private Reachability() {}

  /** Why the target cannot be reached, or empty when it answers anything at all. */
  public static Optional<String> problem(TargetConfig target) {
    Duration timeout = target.timeout().compareTo(LONGEST) < 0 ? target.timeout() : LONGEST;
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    URI probe = URI.create(target.baseUrl() + "/numbers.json");
    HttpRequest request = HttpRequest.newBuilder(probe).timeout(timeout).GET().build();
    try {
      client.send(request, HttpResponse.BodyHandlers.discarding());
      return Optional.empty();
    } catch (HttpConnectTimeoutException e) {
      return Optional.of("no connection within " + timeout.toMillis() + " ms");
    } catch (HttpTimeoutException e) {
      return Optional.of("no answer within " + timeout.toMillis() + " ms");
    } catch (ConnectException e) {
      return Optional.of(reason(e, "Connection refused"));
    } catch (SSLException e) {
      return Optional.of("TLS failed: " + e.getMessage());
    } catch (IOException e) {
      return Optional.of(reason(e, e.getClass().getSimpleName()));
    } catch (UnresolvedAddressException e) {
      return Optional.of("unknown host " + target.baseUrl().getHost());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  /** The innermost useful message: the JDK wraps "unknown host" and "refused" in bare exceptions. */
  private static String reason(Throwable error, String fallback) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
        return "unknown host";
      }
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return fallback;
  }
}
