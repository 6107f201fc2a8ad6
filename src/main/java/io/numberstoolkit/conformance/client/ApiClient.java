package io.numberstoolkit.conformance.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.TargetConfig;
import io.numberstoolkit.contract.Operation;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The suite's only way to the target: sends a {@link Call} with REST Assured, records the exchange
 * in the run's ledger, checks the answer against the contract ({@link ResponseContract}), and notes
 * every number a create made so the scenario's clean-up deletes it. Steps never see HTTP below
 * this class.
 */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRONG_KEY = "not-a-valid-api-key";

  private final ScenarioContext context;
  private final CreatedNumbers created;
  private final TargetConfig target;
  private final RequestSpecification spec;
  private final Transport transport;

  public ApiClient(ScenarioContext context, CreatedNumbers created) {
    this.context = context;
    this.created = created;
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
    Exchange exchange = perform(call, false);
    ResponseContract.Reading reading = ResponseContract.read(exchange, call.format(), context.convention());
    noteCreated(exchange, reading.body(), call.credentials().tenant());
    RunLedger.current().record(context.id(), exchange);
    if (!exchange.answered()) {
      throw new AssertionError(call.method() + " " + RunLedger.current().masked(exchange.url()) + ": " + exchange.failure());
    }
    if (!reading.problems().isEmpty()) {
      throw new AssertionError("the answer to " + call.method() + " " + RunLedger.current().masked(exchange.url())
          + " breaks the contract:\n  - " + String.join("\n  - ", reading.problems()));
    }
    return new Answer(exchange, reading.body());
  }

  /**
   * Deletes every number the scenario created and did not delete itself, and notes in the ledger
   * each one that may be left behind: its delete neither succeeded nor found it gone.
   */
  public void cleanUp() {
    for (Map.Entry<Long, Call.Credentials> number : created.toCleanUp().entrySet()) {
      long id = number.getKey();
      Exchange delete = perform(Call.delete(id).with(number.getValue()), true);
      RunLedger.current().record(context.id(), delete);
      int status = delete.status();
      boolean gone = delete.successful() || status == 404 || status == 410;
      if (!gone) {
        RunLedger.current().scenario(context.id()).leftBehind("number " + id + " on " + target.baseUrl()
            + " (its delete: " + (delete.answered() ? "answered " + status : delete.failure()) + ")");
      }
    }
  }

  private void noteCreated(Exchange exchange, JsonNode body, Call.Credentials tenant) {
    if (exchange.operation().filter(Operation.CREATE::equals).isEmpty() || !exchange.successful()) {
      return;
    }
    JsonNode id = body == null ? null : body.path("number").path("id");
    if (id != null && id.canConvertToLong() && !id.isMissingNode()) {
      created.created(id.asLong(), tenant);
    } else {
      RunLedger.current().scenario(context.id()).leftBehind(
          "a create answered " + exchange.status() + " without a number id the suite could read;"
              + " it cannot delete that number");
    }
  }

  // ---- HTTP

  /** What goes on the wire: where to, and the body as text (or a description of a multipart body). */
  private record Request(String url, String pathAndQuery, String contentType, String bodyText) {}

  private Request prepare(Call call) {
    if (call.url() != null) {
      URI.create(call.url()); // a Link target that is no URI fails the step here, before anything is sent
      return new Request(call.url(), call.url(), null, null);
    }
    Map<String, String> query = new LinkedHashMap<>();
    ObjectNode json = call.body() instanceof Call.JsonBody body ? body.json().deepCopy() : null;
    credentials(call.credentials(), query, json);
    query.putAll(call.query());
    StringJoiner queryText = new StringJoiner("&");
    query.forEach((name, value) -> queryText.add(Call.segment(name) + "=" + Call.segment(value)));
    String pathAndQuery = target.baseUrl().getRawPath() + call.path() + "." + call.format()
        + (query.isEmpty() ? "" : "?" + queryText);
    String url = base(target.baseUrl()) + pathAndQuery;
    if (json != null) {
      return new Request(url, pathAndQuery, "application/json", write(json));
    }
    if (call.body() instanceof Call.MultipartBody multipart) {
      return new Request(url, pathAndQuery, "multipart/form-data", describe(multipart));
    }
    if (call.body() instanceof Call.RawBody raw) {
      return new Request(url, pathAndQuery, raw.contentType(), raw.text());
    }
    return new Request(url, pathAndQuery, null, null);
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
      case OTHER_TENANT -> {
        String otherKey = target.otherApiKey() != null ? target.otherApiKey() : key;
        if (otherKey != null) {
          query.put("api_key", otherKey);
        }
        if (target.otherCompanyId() != null) {
          query.put("company_id", target.otherCompanyId().toString());
        }
      }
      case NONE -> { }
    }
  }

  /** A company id the configured key is most unlikely to act on. */
  private static long foreignCompany(Long configured) {
    long candidate = 900_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(99_000_000L);
    return configured != null && candidate == configured ? candidate + 1 : candidate;
  }

  private Exchange perform(Call call, boolean cleanup) {
    Request prepared = prepare(call);
    RequestSpecification request = RestAssured.given(spec);
    List<String> multipartFields = new ArrayList<>();
    if (call.body() instanceof Call.MultipartBody multipart) {
      multipart.fields().forEach(request::multiPart);
      multipartFields.addAll(multipart.fields().keySet());
      Call.FilePart file = multipart.file();
      if (file != null) {
        request.multiPart(new MultiPartSpecBuilder(file.content()).controlName(file.field())
            .fileName(file.fileName()).mimeType(file.contentType()).build());
        multipartFields.add(file.field());
      }
    } else if (prepared.bodyText != null) {
      request.contentType(prepared.contentType).body(prepared.bodyText);
    }
    Transport.Outcome outcome = transport.send(request, call.method(), prepared.pathAndQuery);
    return new Exchange(call.operation(), call.method(), prepared.url, prepared.contentType, prepared.bodyText,
        multipartFields, outcome.complete() ? outcome.status() : Exchange.NO_ANSWER, outcome.headers(),
        outcome.body(), outcome.failure(), cleanup);
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
