package io.numberstoolkit.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every answer a test sees against the contract before the test looks at it: the body
 * against its schema (XML read through RailsXml into the same JSON shapes), and the Content-Type
 * against the format the path asks for. A success names one of the API's {@link Operation}s, comes
 * with the simulator's status for it ({@link SimulatorConventions}) and follows the operation's
 * success schema; a 204 (a delete or a CORS preflight) has no body, and every 4xx and 5xx is an
 * error body repeating its status. Admin answers are JSON; an exported state's numbers must each be
 * a valid number.
 */
public final class ContractCheckingFilter implements Filter {
  private static final Pattern COLLECTION = Pattern.compile("/numbers");
  private static final Pattern SEARCH = Pattern.compile("/numbers/for/cid/[^/]+/afid/[^/]+/sid/[^/]+");
  private static final Pattern MEMBER = Pattern.compile("/numbers/[^/]+");
  private static final String ADMIN = "/__admin/";

  @Override
  public Response filter(
      FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
    Response response = context.next(request, responseSpec);
    String path = pathOf(request.getURI());
    List<String> problems = problems(request.getMethod(), path, response);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          request.getMethod() + " " + path + " was answered " + response.getStatusCode()
              + " in breach of the contract:\n  " + String.join("\n  ", problems)
              + "\nContent-Type: " + response.getContentType() + "\nbody:\n" + body(response));
    }
    return response;
  }

  static List<String> problems(String method, String path, Response response) {
    int status = response.getStatusCode();
    String body = body(response);
    List<String> problems = new ArrayList<>();
    // an OPTIONS from a page of an origin the simulator does not answer is refused like any request
    if (status == 204 || (method.equals("OPTIONS") && status != 403)) {
      if (status != 204) {
        problems.add("a CORS preflight is answered 204");
      }
      if (!body.isEmpty()) {
        problems.add("a 204 has no body");
      }
      if (!method.equals("OPTIONS") && operationOf(method, withoutFormat(path)).orElse(null) != Operation.DELETE) {
        problems.add("only a delete or a CORS preflight is answered 204");
      }
      return problems;
    }
    boolean admin = path.startsWith(ADMIN);
    Wire wire = admin ? Wire.JSON : Wire.ofPath(path);
    if (wire == null) {
      if (status < 400) {
        problems.add("only a path ending in .json or .xml can succeed");
        return problems;
      }
      wire = Wire.JSON; // no format to answer in: errors fall back to JSON
    }
    String mediaType = mediaType(response.getContentType());
    if (!wire.mediaType.equals(mediaType)) {
      problems.add("Content-Type must be " + wire.mediaType + ", not " + response.getContentType());
      return problems;
    }
    JsonNode document = wire.read(body);
    if (status >= 400) {
      check(Schema.ERROR, "", document, problems);
      if (document.path("error").path("status").asInt() != status) {
        problems.add("/error/status must repeat the HTTP status " + status);
      }
    } else if (admin) {
      checkAdmin(method, path, document, problems);
    } else {
      checkSuccess(method, withoutFormat(path), status, document, problems);
    }
    return problems;
  }

  private static void checkSuccess(String method, String path, int status, JsonNode document, List<String> problems) {
    Optional<Operation> named = operationOf(method, path);
    if (named.isEmpty()) {
      problems.add("only the API's six operations succeed, and " + method + " " + path + " is none of them");
      return;
    }
    Operation operation = named.get();
    int expected = SimulatorConventions.successStatus(operation);
    if (status != expected) {
      problems.add(operation.label() + " succeeds with " + expected + ", not " + status);
    }
    check(operation.successSchema(), "", document, problems);
  }

  /** The operation a request names by its method and its path without the format, if any. */
  private static Optional<Operation> operationOf(String method, String path) {
    List<Operation> onThisPath = SEARCH.matcher(path).matches() ? List.of(Operation.SEARCH)
        : COLLECTION.matcher(path).matches() ? List.of(Operation.LIST, Operation.CREATE)
        : MEMBER.matcher(path).matches() ? List.of(Operation.SHOW, Operation.UPDATE, Operation.DELETE)
        : List.of();
    return onThisPath.stream().filter(operation -> operation.method().equals(method)).findFirst();
  }

  private static String withoutFormat(String path) {
    int dot = path.lastIndexOf('.');
    return dot < path.lastIndexOf('/') ? path : path.substring(0, dot);
  }

  private static void checkAdmin(String method, String path, JsonNode document, List<String> problems) {
    if (!document.isObject()) {
      problems.add("an admin answer is a JSON object");
    } else if (method.equals("GET") && path.equals(ADMIN + "numbers/state")) {
      JsonNode numbers = document.path("numbers");
      for (int i = 0; i < numbers.size(); i++) {
        check(Schema.NUMBER, "/numbers/" + i + "/number", numbers.get(i).path("number"), problems);
      }
    }
  }

  private static void check(Schema schema, String at, JsonNode document, List<String> problems) {
    for (Violation violation : ContractValidator.shared().validate(schema, document)) {
      problems.add(schema.cliName() + ": " + at + violation.pointer() + ": " + violation.message());
    }
  }

  private static String body(Response response) {
    return new String(response.asByteArray(), StandardCharsets.UTF_8);
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** The raw path of an absolute URI, without its query. */
  private static String pathOf(String uri) {
    int authority = uri.indexOf("://");
    int start = authority < 0 ? 0 : uri.indexOf('/', authority + 3);
    if (start < 0) {
      return "/";
    }
    int query = uri.indexOf('?', start);
    return query < 0 ? uri.substring(start) : uri.substring(start, query);
  }
}
