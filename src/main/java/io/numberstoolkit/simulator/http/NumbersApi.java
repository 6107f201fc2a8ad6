package io.numberstoolkit.simulator.http;

import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.simulator.store.NumberChanges;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.NumberSpace;
import io.numberstoolkit.simulator.store.Page;
import io.numberstoolkit.simulator.store.RuleViolationException;
import io.numberstoolkit.simulator.store.Spaces;
import java.time.Clock;
import java.util.Optional;

/**
 * The six endpoints over the store: read the body, authenticate, pick the session's space,
 * validate against the contract's schemas, act, reply in the requested format. Every refusal is an
 * {@link ApiException}; nothing a client sends reaches the store unchecked.
 */
final class NumbersApi {
  private final Spaces spaces;
  private final Tenancy tenancy;
  private final long maxBodyBytes;
  private final Clock clock;
  private final WriteRequestCheck check = new WriteRequestCheck();

  NumbersApi(Spaces spaces, Tenancy tenancy, long maxBodyBytes, Clock clock) {
    this.spaces = spaces;
    this.tenancy = tenancy;
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
  }

  Reply handle(ApiRequest request) throws ApiException {
    Route route = request.route();
    Operation operation = route.operation();
    boolean hasBody = operation == Operation.CREATE || operation == Operation.UPDATE || operation == Operation.DELETE;
    RequestBody body = hasBody ? request.body(maxBodyBytes) : RequestBody.empty();
    long company = tenancy.companyFor(request, body);
    // only after the key is checked: a request that names a new session creates it
    NumberSpace space = space(request.session());
    return switch (operation) {
      case LIST -> listing(route, request, space.list(company, request.requestedPage()));
      case SEARCH -> listing(route, request,
          space.search(company, route.cid(), route.afid(), route.sid(), request.requestedPage()));
      case SHOW -> envelope(200, route, found(space.find(company, route.id()), route));
      case CREATE -> {
        NumberChanges changes = check.changes(Schema.CREATE_REQUEST, body);
        NumberRecord created = write(() -> space.create(company, changes, clock.instant()));
        yield envelope(201, route, created)
            .withHeader("Location", request.absoluteUrl("/numbers/" + created.id() + "." + route.format().extension));
      }
      case UPDATE -> {
        NumberChanges changes = check.changes(Schema.UPDATE_REQUEST, body);
        yield envelope(200, route,
            found(write(() -> space.update(company, route.id(), changes, clock.instant())), route));
      }
      case DELETE -> {
        found(space.delete(company, route.id()), route);
        yield Reply.noContent();
      }
    };
  }

  private NumberSpace space(String session) throws ApiException {
    try {
      return spaces.space(session);
    } catch (Spaces.TooManySessionsException e) {
      throw new ApiException(429, e.getMessage());
    }
  }

  private interface Write<T> {
    T run() throws RuleViolationException;
  }

  private static <T> T write(Write<T> write) throws ApiException {
    try {
      return write.run();
    } catch (RuleViolationException e) {
      throw ApiException.invalid(e.violations());
    }
  }

  private static <T> T found(Optional<T> value, Route route) throws ApiException {
    return value.orElseThrow(() -> new ApiException(404, "no number with id " + route.id()));
  }

  private static Reply envelope(int status, Route route, NumberRecord record) {
    return Reply.of(status, route.format(), route.format().renderNumber(record));
  }

  /** One page of a listing, with the {@code Link} header to the others. */
  private static Reply listing(Route route, ApiRequest request, Page<NumberRecord> page) {
    return Reply.of(200, route.format(), route.format().renderNumbers(page.items()))
        .withHeader("Link", Links.header(
            request.absoluteUrlWithoutQuery(), request.rawQuery(), page.page(), page.lastPage()));
  }
}
