package io.numberstoolkit.simulator.http;

import io.numberstoolkit.contract.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NumberChanges;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.NumberSpace;
import io.numberstoolkit.simulator.store.Page;
import io.numberstoolkit.simulator.store.RuleViolationException;
import io.numberstoolkit.simulator.store.Spaces;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The six endpoints over the store: route, read the body, authenticate, validate against the
 * contract's schemas, act, answer in the requested format. Every refusal is an {@link
 * ApiException} turned into the error body; nothing a client sends reaches the store unchecked.
 */
final class NumbersApi {
  static final String SESSION_HEADER = "X-Numbers-Session";
  static final String SESSION_PARAMETER = "numbers_session";
  private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");

  private final Spaces spaces;
  private final Tenancy tenancy;
  private final long maxBodyBytes;
  private final Clock clock;
  private final ContractValidator contract = ContractValidator.shared();

  NumbersApi(Spaces spaces, Tenancy tenancy, long maxBodyBytes, Clock clock) {
    this.spaces = spaces;
    this.tenancy = tenancy;
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
  }

  Answer handle(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    try {
      Route route = Route.of(request.getMethod().getName(), path);
      return answer(route, request, question < 0 ? "" : url.substring(question + 1));
    } catch (ApiException e) {
      return Answer.error(e, Format.answering(path));
    }
  }

  private Answer answer(Route route, Request request, String rawQuery) throws ApiException {
    NumberSpace space = space(request);
    boolean hasBody = route.operation() == Operation.CREATE || route.operation() == Operation.UPDATE
        || route.operation() == Operation.DELETE;
    RequestBody body = hasBody ? RequestBody.of(request, maxBodyBytes) : RequestBody.empty();
    long company = tenancy.companyFor(
        parameter(request, body, "api_key"), parameter(request, body, "company_id"));
    return switch (route.operation()) {
      case LIST -> page(route, request, rawQuery, space.list(company, page(request)));
      case SEARCH -> page(route, request, rawQuery,
          space.search(company, route.cid(), route.afid(), route.sid(), page(request)));
      case SHOW -> envelope(200, route, found(space.find(company, route.id()), route));
      case CREATE -> {
        NumberChanges changes = changes(Schema.CREATE_REQUEST, body);
        NumberRecord created = write(() -> space.create(company, changes, clock.instant()));
        yield envelope(201, route, created)
            .withHeader("Location", "/numbers/" + created.id() + "." + route.format().extension);
      }
      case UPDATE -> {
        NumberChanges changes = changes(Schema.UPDATE_REQUEST, body);
        yield envelope(200, route,
            found(write(() -> space.update(company, route.id(), changes, clock.instant())), route));
      }
      case DELETE -> {
        found(space.delete(company, route.id()), route);
        yield Answer.noContent();
      }
    };
  }

  private NumberSpace space(Request request) throws ApiException {
    String session = request.getHeader(SESSION_HEADER);
    if (session == null) {
      QueryParameter parameter = request.queryParameter(SESSION_PARAMETER);
      session = parameter.isPresent() ? parameter.firstValue() : null;
    }
    try {
      return spaces.space(session);
    } catch (Spaces.TooManySessionsException e) {
      throw new ApiException(429, e.getMessage());
    }
  }

  private NumberChanges changes(Schema schema, RequestBody body) throws ApiException {
    List<Violation> violations = new ArrayList<>(contract.validate(schema, body.root()));
    uncarriableText(body.root(), "", violations);
    unstorableIntegers(body.root(), "", "", violations);
    if (!violations.isEmpty()) {
      throw new ApiException(422, summary(violations), violations);
    }
    return Changes.from(body.root().get("number"), body.audio());
  }

  /**
   * Whole numbers the store cannot hold: the schemas set no maximum, but seconds and repeat are
   * kept as 32-bit and ids as 64-bit integers, and a bigger value would silently wrap around
   * (seconds 2147483648 became -2147483648 in the answer).
   */
  private static void unstorableIntegers(JsonNode node, String name, String pointer, List<Violation> violations) {
    if (node.isIntegralNumber()) {
      boolean small = name.equals("seconds") || name.equals("repeat");
      if (small ? !node.canConvertToInt() : !node.canConvertToLong()) {
        violations.add(new Violation(pointer, "maximum", "must be a whole number from "
            + (small ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : Long.MIN_VALUE + " to " + Long.MAX_VALUE)));
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(field -> unstorableIntegers(field.getValue(), field.getKey(),
          pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), violations));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unstorableIntegers(node.get(i), name, pointer + "/" + i, violations);
      }
    }
  }

  /** Text every answer must be able to carry in XML too, so control characters are refused. */
  private static void uncarriableText(JsonNode node, String pointer, List<Violation> violations) {
    if (node.isTextual() && !RailsXml.canCarry(node.asText())) {
      violations.add(new Violation(pointer, "xml-character",
          "holds a control character that the API's XML format cannot carry"));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(field -> uncarriableText(
          field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), violations));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        uncarriableText(node.get(i), pointer + "/" + i, violations);
      }
    }
  }

  private static String summary(List<Violation> violations) {
    Violation first = violations.get(0);
    String where = first.pointer().isEmpty() ? "the body" : first.pointer();
    return violations.size() == 1
        ? where + ": " + first.message()
        : where + ": " + first.message() + " (and " + (violations.size() - 1) + " more)";
  }

  private interface Write<T> {
    T run() throws RuleViolationException;
  }

  private static <T> T write(Write<T> write) throws ApiException {
    try {
      return write.run();
    } catch (RuleViolationException e) {
      throw new ApiException(422, summary(e.violations()), e.violations());
    }
  }

  private static <T> T found(Optional<T> value, Route route) throws ApiException {
    return value.orElseThrow(() -> new ApiException(404, "no number with id " + route.id()));
  }

  private static Answer envelope(int status, Route route, NumberRecord record) {
    return Answer.of(status, route.format(), route.format().renderNumber(record));
  }

  private static Answer page(Route route, Request request, String rawQuery, Page<NumberRecord> page) {
    String absolute = request.getAbsoluteUrl();
    int question = absolute.indexOf('?');
    String base = question < 0 ? absolute : absolute.substring(0, question);
    return Answer.of(200, route.format(), route.format().renderNumbers(page.items()))
        .withHeader("Link", Links.header(base, rawQuery, page.page(), page.lastPage()));
  }

  private static int page(Request request) throws ApiException {
    QueryParameter page = request.queryParameter("page");
    if (!page.isPresent()) {
      return 1;
    }
    String text = page.firstValue();
    if (!PAGE.matcher(text).matches()) {
      throw new ApiException(400, "page must be a whole number from 1, not '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  /** A parameter from the query string or, failing that, the body's root node. */
  private static String parameter(Request request, RequestBody body, String name) {
    QueryParameter query = request.queryParameter(name);
    if (query.isPresent()) {
      return query.firstValue();
    }
    JsonNode node = body.root().get(name);
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }
}
