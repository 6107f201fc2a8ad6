package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulator's way into WireMock: every non-admin request is answered here, before stub
 * matching, so a request goes straight to its operation whatever stubs exist. Delays are handed
 * to WireMock's asynchronous responder, which serves them without holding a request thread.
 */
final class NumbersFilter implements RequestFilterV2 {
  private static final Logger LOG = Logger.getLogger(NumbersFilter.class.getName());
  private final NumbersApi api;
  private final Faults faults;

  NumbersFilter(NumbersApi api, Faults faults) {
    this.api = api;
    this.faults = faults;
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
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    RequestGuard.reached();
    Answer answer;
    long delay = 0;
    Format format = Format.answering(request.getUrl());
    try {
      if (Cors.isPreflight(request)) {
        answer = Cors.preflight(request);
      } else {
        Faults.Fault fault = faults.pick(request.getHeader(Faults.HEADER));
        delay = fault.delayMs();
        answer = fault.status() != null
            ? Answer.error(fault.status(), "fault injected by the simulator (" + Faults.HEADER
                + " or the admin fault switch)", List.of(), format)
            : api.handle(request);
        if (fault.status() != null && fault.status() != 500) {
          answer.withHeader("Retry-After", "1");
        }
      }
    } catch (ApiException e) {
      answer = Answer.error(e, format);
    } catch (RuntimeException e) {
      // A bug of ours, never the client's fault: say so plainly, and log the details here.
      LOG.log(Level.SEVERE, "simulator failure on " + request.getMethod() + " " + request.getUrl(), e);
      answer = Answer.error(500, "the simulator failed: " + e.getClass().getSimpleName(), List.of(), format);
    }
    Cors.addTo(answer.headers(), request);
    return RequestFilterAction.stopWith(definition(answer, delay));
  }

  private static com.github.tomakehurst.wiremock.http.ResponseDefinition definition(Answer answer, long delay) {
    List<HttpHeader> headers = new ArrayList<>();
    answer.headers().forEach((name, value) -> headers.add(new HttpHeader(name, value)));
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(answer.status())
            .withHeaders(new HttpHeaders(headers));
    if (answer.body().length > 0) {
      builder.withBody(answer.body());
    }
    if (delay > 0) {
      builder.withFixedDelay((int) delay);
    }
    return builder.build();
  }
}
