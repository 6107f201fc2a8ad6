package io.numberstoolkit.conformance.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.report.FieldPaths;
import io.numberstoolkit.conformance.Operation;
import io.numberstoolkit.conformance.TargetConfig;
import io.numberstoolkit.conformance.report.CoverageModel;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The suite's only way to the target: sends a {@link Call} with REST Assured, records the exchange
 * in the run's ledger (for the failure summary and the coverage table), checks the answer against
 * the contract ({@link ResponseContract}), and notes every number a create made so the scenario's
 * clean-up deletes it. Steps never see HTTP below this class.
 */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRONG_KEY = "not-a-valid-api-key";

  private final ScenarioContext context;
  private final TargetConfig target;
  private final RequestSpecification spec;
  private final Transport transport;

  public ApiClient(ScenarioContext context) {
    this.context = context;
    this.target = context.target();
    this.spec = specFor(target);
    this.transport = new Transport(target.timeouts(), target.timeouts().runDeadline(RunLedger.current().startedAt()));
  }

  /** Why no scenario may start any more (the run used up its --max-run-seconds), if so. */
  public Optional<String> runDeadlineReached() {
    return transport.runDeadlinePassed() ? Optional.of(target.timeouts().runDeadlineReached()) : Optional.empty();
  }

  /** Sends a call and answers what came back, failing the step when the answer breaks the contract. */
  public Answer send(Call call) {
    if (context.readonly() && !call.method().equals("GET")) {
      throw new AssertionError("a @readonly scenario may only send GET requests, not "
          + call.method() + " " + call.path() + "; tag it @mutating");
    }
    Prepared prepared = prepare(call);
    Exchange exchange = perform(call, prepared, false);
    ResponseContract.Reading reading = ResponseContract.read(exchange, call.format(), context.convention());
    exchange = exchange.withFields(reading.fields());
    noteCreated(call, exchange, reading.body());
    RunLedger.current().record(context.id(), exchange);
    if (!exchange.answered()) {
      throw new AssertionError(call.method() + " " + RunLedger.current().masked(prepared.url) + ": " + exchange.failure());
    }
    if (!reading.problems().isEmpty()) {
      throw new AssertionError("the answer to " + call.method() + " " + RunLedger.current().masked(prepared.url)
          + " breaks the contract:\n  - " + String.join("\n  - ", reading.problems()));
    }
    return new Answer(exchange, reading.body(), call.format());
  }

  /** Deletes a number after the scenario; answers the exchange (its status may be {@link Exchange#NO_ANSWER}). */
  public Exchange cleanUp(long numberId) {
    Call call = Call.delete(numberId);
    Exchange exchange = perform(call, prepare(call), true);
    RunLedger.current().record(context.id(), exchange);
    return exchange;
  }

  private void noteCreated(Call call, Exchange exchange, JsonNode body) {
    if (call.operation() != Operation.CREATE || exchange.status() < 200 || exchange.status() >= 300) {
      return;
    }
    JsonNode id = body == null ? null : body.path("number").path("id");
    if (id != null && id.canConvertToLong() && !id.isMissingNode()) {
      context.created(id.asLong());
    } else {
      RunLedger.current().scenario(context.id()).leftBehind(
          "a create answered " + exchange.status() + " without a number id the suite could read;"
              + " it cannot delete that number");
    }
  }

  // ---- HTTP

  private record Prepared(String url, String pathAndQuery, String contentType, String bodyText,
      Set<String> parameters) {}

  private Prepared prepare(Call call) {
    Set<String> parameters = new LinkedHashSet<>();
    if (call.format().equals("json") || call.format().equals("xml")) {
      parameters.add(CoverageModel.format(call.format()));
    }
    if (call.url() != null) {
      URI uri = URI.create(call.url());
      if (uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          parameters.add("?" + pair.replaceFirst("=.*$", ""));
        }
      }
      return new Prepared(call.url(), call.url(), null, null, parameters);
    }
    parameters.addAll(call.pathSegments());
    Map<String, String> query = new LinkedHashMap<>();
    ObjectNode json = call.body() instanceof Call.JsonBody body ? body.json().deepCopy() : null;
    credentials(call.credentials(), query, json);
    query.putAll(call.query());
    StringJoiner queryText = new StringJoiner("&");
    query.forEach((name, value) -> {
      queryText.add(Call.segment(name) + "=" + Call.segment(value));
      parameters.add("?" + name);
    });
    String pathAndQuery = target.baseUrl().getRawPath() + call.path() + "." + call.format()
        + (query.isEmpty() ? "" : "?" + queryText);
    String url = base(target.baseUrl()) + pathAndQuery;
    if (json != null) {
      parameters.addAll(FieldPaths.of(json));
      return new Prepared(url, pathAndQuery, "application/json", write(json), parameters);
    }
    if (call.body() instanceof Call.MultipartBody multipart) {
      multipart.fields().keySet().forEach(name -> parameters.add(formFieldPath(name)));
      if (multipart.file() != null) {
        parameters.add(formFieldPath(multipart.file().field()));
      }
      return new Prepared(url, pathAndQuery, "multipart/form-data", describe(multipart), parameters);
    }
    if (call.body() instanceof Call.RawBody raw) {
      return new Prepared(url, pathAndQuery, raw.contentType(), raw.text(), parameters);
    }
    return new Prepared(url, pathAndQuery, null, null, parameters);
  }

  private void credentials(Call.Credentials how, Map<String, String> query, ObjectNode json) {
    String key = target.apiKey();
    Long company = target.companyId();
    switch (how) {
      case CONFIGURED -> {
        if (key != null) {
          query.put("api_key", key);
        }
        if (company != null) {
          query.put("company_id", company.toString());
        }
      }
      case IN_BODY -> {
        if (json == null) {
          throw new IllegalArgumentException("credentials in the body need a JSON body");
        }
        if (key != null) {
          json.put("api_key", key);
        }
        if (company != null) {
          json.put("company_id", company);
        }
      }
      case WRONG_KEY -> query.put("api_key", WRONG_KEY);
      case FOREIGN_COMPANY -> {
        if (key != null) {
          query.put("api_key", key);
        }
        query.put("company_id", Long.toString(foreignCompany(company)));
      }
      case NONE -> { }
    }
  }

  /** A company id the configured key is most unlikely to act on. */
  private static long foreignCompany(Long configured) {
    long candidate = 900_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(99_000_000L);
    return configured != null && candidate == configured ? candidate + 1 : candidate;
  }

  private Exchange perform(Call call, Prepared prepared, boolean cleanup) {
    RequestSpecification request = RestAssured.given(spec);
    if (call.body() instanceof Call.MultipartBody multipart) {
      multipart.fields().forEach(request::multiPart);
      Call.FilePart file = multipart.file();
      if (file != null) {
        request.multiPart(new MultiPartSpecBuilder(file.content()).controlName(file.field())
            .fileName(file.fileName()).mimeType(file.contentType()).build());
      }
    } else if (prepared.bodyText != null) {
      request.contentType(prepared.contentType).body(prepared.bodyText);
    }
    Transport.Outcome outcome = transport.send(request, call.method(), prepared.pathAndQuery);
    return new Exchange(call.operation(), call.method(), prepared.url, prepared.contentType,
        prepared.bodyText, outcome.complete() ? outcome.status() : Exchange.NO_ANSWER, outcome.headers(),
        outcome.body(), outcome.failure(), prepared.parameters, Set.of(), cleanup);
  }

  /** One request specification per target: its base URL, and no URL re-encoding. */
  private static RequestSpecification specFor(TargetConfig target) {
    return new RequestSpecBuilder()
        .setBaseUri(base(target.baseUrl()))
        .setUrlEncodingEnabled(false)
        .build();
  }

  private static String base(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** {@code number[timers_attributes][0][seconds]} as the coverage table names it. */
  public static String formFieldPath(String name) {
    int bracket = name.indexOf('[');
    if (bracket < 0) {
      return name;
    }
    StringBuilder path = new StringBuilder(name.substring(0, bracket));
    java.util.regex.Matcher part = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]").matcher(name.substring(bracket));
    while (part.find()) {
      path.append(part.group(1).matches("[0-9]*") ? "[]" : "." + part.group(1));
    }
    return path.toString();
  }

  private static String describe(Call.MultipartBody multipart) {
    StringJoiner parts = new StringJoiner(", ", "multipart: ", "");
    multipart.fields().forEach((name, value) -> parts.add(name + "=" + value));
    if (multipart.file() != null) {
      parts.add(multipart.file().field() + "=<file " + multipart.file().fileName() + ", "
          + multipart.file().content().length + " bytes>");
    }
    return parts.toString();
  }

  private static String write(JsonNode json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
