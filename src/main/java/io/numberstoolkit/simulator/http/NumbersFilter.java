package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.function.Supplier;

/**
 * The simulator's way into WireMock: every non-admin request is answered here, before stub
 * matching, so a request goes straight to its operation whatever stubs exist. The request is read
 * once into an {@link ApiRequest}; then the served contract ({@link ContractDocuments}),
 * faults and the API reply, and every refusal or failure becomes a reply here, so nothing of ours
 * reaches the servlet guard. Delays are handed to WireMock's asynchronous responder, which serves
 * them without holding a request thread.
 */
final class NumbersFilter implements RequestFilterV2 {
  private final NumbersApi api;
  private final Faults faults;
  private final Supplier<ContractDocuments> contract;

  NumbersFilter(NumbersApi api, Faults faults, Supplier<ContractDocuments> contract) {
    this.api = api;
    this.faults = faults;
    this.contract = contract;
  }

  @Override
  public String getName() {
    return "numbers-simulator";
  }

  @Override
  public boolean applyToAdmin() {
    return false;
  }

  @Override
  public boolean applyToStubs() {
    return true;
  }

  @Override
  public RequestFilterAction filter(Request wireMockRequest, ServeEvent serveEvent) {
    try {
      return RequestFilterAction.stopWith(answer(ApiRequest.of(wireMockRequest)));
    } catch (RuntimeException failure) { // in reading the request: a bug of ours too
      String path = ApiRequest.pathOf(wireMockRequest);
      return RequestFilterAction.stopWith(ErrorReplies.failure(
          failure, wireMockRequest.getMethod().getName(), path, Format.answering(path)).definition(0));
    }
  }

  private ResponseDefinition answer(ApiRequest request) {
    Reply reply;
    long delay = 0;
    try {
      if (ContractDocuments.serves(request.path())) { // the contract is never faulted
        reply = contract.get().reply(request);
      } else {
        Faults.Fault fault = faults.pick(request.faultHeader());
        delay = fault.delayMs();
        if (fault.connection() != null) {
          return broken(fault.connection(), delay);
        }
        reply = fault.status() != null ? faulted(fault.status(), request.format()) : api.handle(request);
      }
    } catch (ApiException refusal) {
      reply = ErrorReplies.of(refusal, request.format());
    } catch (RuntimeException failure) {
      reply = ErrorReplies.failure(failure, request.method(), request.path(), request.format());
    }
    return reply.definition(delay);
  }

  private static Reply faulted(int status, Format format) {
    Reply reply = ErrorReplies.of(
        status, "fault injected by the simulator (" + Faults.HEADER + " or the admin fault switch)", format);
    return status == 429 || status == 503 ? reply.withHeader("Retry-After", "1") : reply;
  }

  /** A connection fault, which WireMock's Jetty server carries out on the connection itself. */
  private static ResponseDefinition broken(String connectionFault, long delayMs) {
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
        .withFault(Fault.valueOf(connectionFault));
    if (delayMs > 0) {
      builder.withFixedDelay((int) delayMs);
    }
    return builder.build();
  }
}
