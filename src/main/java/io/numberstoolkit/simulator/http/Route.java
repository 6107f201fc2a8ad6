package io.numberstoolkit.simulator.http;

import io.numberstoolkit.contract.Operation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operation a request names, found straight from its method and path (no scan over stubs):
 * {@code /numbers.F}, {@code /numbers/ID.F}, {@code /numbers/for/cid/C/afid/A/sid/S.F}.
 */
public record Route(Operation operation, Format format, long id, String cid, String afid, String sid) {
  private static final Pattern COLLECTION = Pattern.compile("/numbers(\\.[^/]*)?");
  private static final Pattern MEMBER = Pattern.compile("/numbers/([^/]+?)(\\.[^./]*)?");
  private static final Pattern SEARCH =
      Pattern.compile("/numbers/for/cid/([^/]+)/afid/([^/]+)/sid/([^/]+?)(\\.[^./]*)?");
  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  private static final Map<String, Operation> ON_COLLECTION =
      Map.of("GET", Operation.LIST, "POST", Operation.CREATE);
  private static final Map<String, Operation> ON_MEMBER =
      Map.of("GET", Operation.SHOW, "PUT", Operation.UPDATE, "DELETE", Operation.DELETE);
  private static final Map<String, Operation> ON_SEARCH = Map.of("GET", Operation.SEARCH);

  /**
   * The operation a request names, when it names one of the six in JSON or XML: for a reader of
   * traffic (the validating proxy) that needs the API's own routing, not its refusals.
   */
  public static java.util.Optional<Route> matching(String method, String path) {
    try {
      return java.util.Optional.of(of(method, path));
    } catch (ApiException notServed) {
      return java.util.Optional.empty();
    }
  }

  /** The route of a request, or the API's answer for a path or method it does not serve. */
  static Route of(String method, String path) throws ApiException {
    Matcher search = SEARCH.matcher(path);
    if (search.matches()) {
      Operation operation = operation(ON_SEARCH, method, path);
      return new Route(
          operation, format(search.group(4)), 0,
          decode(search.group(1)), decode(search.group(2)), decode(search.group(3)));
    }
    Matcher collection = COLLECTION.matcher(path);
    if (collection.matches()) {
      Operation operation = operation(ON_COLLECTION, method, path);
      return new Route(operation, format(collection.group(1)), 0, null, null, null);
    }
    Matcher member = MEMBER.matcher(path);
    if (member.matches() && !path.startsWith("/numbers/for/")) {
      Operation operation = operation(ON_MEMBER, method, path);
      Format format = format(member.group(2));
      return new Route(operation, format, id(member.group(1)), null, null, null);
    }
    throw new ApiException(
        404,
        "no such endpoint: " + path + " (the numbers API serves /numbers.json, /numbers/ID.json and"
            + " /numbers/for/cid/CID/afid/AFID/sid/SID.json, and the same with .xml)");
  }

  private static Operation operation(Map<String, Operation> operations, String method, String path)
      throws ApiException {
    Operation operation = operations.get(method);
    if (operation == null) {
      String allowed = String.join(", ", List.copyOf(new java.util.TreeSet<>(operations.keySet())));
      throw new ApiException(
          405, method + " is not allowed on " + path + "; allowed: " + allowed,
          List.of(), Map.of("Allow", allowed));
    }
    return operation;
  }

  private static Format format(String dotExtension) throws ApiException {
    if (dotExtension == null) {
      throw new ApiException(406, "the path must end in .json or .xml");
    }
    String extension = dotExtension.substring(1);
    return Format.of(extension)
        .orElseThrow(
            () -> new ApiException(406, "format ." + extension + " is not served; use .json or .xml"));
  }

  private static long id(String text) throws ApiException {
    if (!ID.matcher(text).matches()) {
      throw new ApiException(404, "no number with id " + text);
    }
    return Long.parseLong(text);
  }

  private static String decode(String segment) throws ApiException {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "malformed percent-encoding in path segment " + segment);
    }
  }
}
