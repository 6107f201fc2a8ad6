package io.numberstoolkit.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.contract.Schema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the fuzz requests from one seed: bodies mutated from the request schemas, structural
 * garbage, odd content types, paths, ids, methods and query strings, over all six endpoints in
 * both formats. The same seed gives the same requests in the same order.
 */
final class RequestFuzzer {
  /** What the requests are aimed at: a key, companies it may and may not act on, live ids. */
  record Targets(String apiKey, long resellerCompany, long forbiddenCompany, List<Long> liveIds,
      long otherCompanysId) {}

  private static final String CREATE_BASE = """
      {"number": {"type": "Local", "country": "CA", "desired_text": "DEBUG", "afid": "0002", "cid": "0001",
       "sid": "fuzz", "destroy_nested": false, "message": "Hello, press one.", "voice_gender": "Female",
       "repeat": 2, "timers_attributes": [{"seconds": 5, "url": "http://example.test/p?c=[campaign_id]"}],
       "menu_options_attributes": [{"option": "1", "target_number": "+18005550100"},
                                   {"option": "2", "target_cid": "399944"}]}}""";
  private static final String UPDATE_BASE = """
      {"number": {"afid": "0005", "sid": "fuzz-update", "destroy_nested": true, "message": "Updated, press one.",
       "voice_gender": "Male", "repeat": 1, "timers_attributes": [{"seconds": 7, "url": "http://example.test/u"}],
       "menu_options_attributes": [{"option": "3", "target_number": "+18005550101"}]}}""";

  private static final List<String> ODD_IDS = List.of(
      "-1", "0", "99999999999999999999", "999999999999999999", "abc", "1e3", "0x10", "5.0", "+5", "%2B5",
      "%205", "%2e%2e", "..%2f", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%c0%ae%c0%ae", "%d9%a5", "5;x=1",
      "5%3B", "%25", "5%0a", "%u0035", "null", "undefined", "[5]", "%7B%7D", "5%2F5", "NaN", "-0", "18446744073709551616");
  private static final List<String> JETTY_REFUSED_IDS = List.of("%", "%zz", "5%00", "%2", "%0", "%%35");
  private static final List<String> UNKNOWN_IDS = List.of("0", "999999999999999999", "99999999999999999999");
  private static final List<String> ODD_FORMATS = List.of("", ".JSON", ".yaml", ".json.", ".", ".js%20on",
      ".html", ".json%00", ".xml.json.txt", ".Xml", ".jsonp");
  private static final List<String> ODD_PAGES = List.of("0", "-1", "abc", "1.5", "1e2", "99999999999", "",
      "%2B1", "1%20", "0x1", "%");
  private static final List<String> ODD_METHODS = List.of("PATCH", "TRACE", "FOO", "PROPFIND", "COPY");

  private final SplittableRandom random;
  private final Targets targets;
  private final SchemaMutations createMutations;
  private final SchemaMutations updateMutations;
  private final MalformedBodies malformed;
  private final RuleBreakers rules;
  private final ObjectNode createBase;
  private final ObjectNode updateBase;

  RequestFuzzer(long seed, Targets targets) {
    this.random = new SplittableRandom(seed);
    this.targets = targets;
    this.createMutations = new SchemaMutations(SchemaModel.of(Schema.CREATE_REQUEST), random, true);
    this.updateMutations = new SchemaMutations(SchemaModel.of(Schema.UPDATE_REQUEST), random, false);
    this.malformed = new MalformedBodies(random);
    this.rules = new RuleBreakers(random);
    this.createBase = parse(CREATE_BASE);
    this.updateBase = parse(UPDATE_BASE);
  }

  static ObjectNode createBase() {
    return parse(CREATE_BASE);
  }

  static ObjectNode updateBase() {
    return parse(UPDATE_BASE);
  }

  FuzzCase next(int index) {
    int roll = random.nextInt(100);
    FuzzCase fuzzCase;
    if (roll < 30) {
      fuzzCase = write(Operation.CREATE);
    } else if (roll < 55) {
      fuzzCase = write(Operation.UPDATE);
    } else if (roll < 65) {
      fuzzCase = delete();
    } else if (roll < 75) {
      fuzzCase = show();
    } else if (roll < 85) {
      fuzzCase = list();
    } else if (roll < 95) {
      fuzzCase = search();
    } else {
      fuzzCase = protocol();
    }
    return fuzzCase.numbered(index);
  }

  // ---- create and update: the body is what is fuzzed

  private FuzzCase write(Operation operation) {
    boolean create = operation == Operation.CREATE;
    ObjectNode base = create ? createBase : updateBase;
    SchemaMutations mutations = create ? createMutations : updateMutations;
    String method = operation.method();
    String format = format();
    String path = create ? "/numbers." + format : "/numbers/" + liveId() + "." + format;
    String query = "?api_key=" + targets.apiKey();
    int family = random.nextInt(100);
    if (family < 10) {
      RuleBreakers.Broken broken = rules.next(base, !create);
      SchemaMutations.Mutated m = new SchemaMutations.Mutated(broken.body(), broken.description(), null);
      return FuzzCase.rejected(operation, broken.description(), withBody(RawRequest.of(method, path + query), m,
          random.nextBoolean()), 422);
    }
    if (family < 50) {
      SchemaMutations.Mutated m = mutations.invalid(base);
      boolean auth = m.description().contains("[api_key]") || m.description().contains("[company_id]");
      RawRequest request = withBody(RawRequest.of(method, path + query), m, random.nextBoolean());
      if (auth) {
        return FuzzCase.rejected(operation, "schema: " + m.description(), request, 401, 403, 422);
      }
      return m.description().startsWith("huge") // a huge body may also be over the size limit
          ? FuzzCase.rejected(operation, "schema: " + m.description(), request, 413, 422)
          : FuzzCase.rejected(operation, "schema: " + m.description(), request, 422);
    }
    if (family < 65) {
      SchemaMutations.Mutated m = mutations.unusual(base);
      RawRequest request = withBody(RawRequest.of(method, path + query), m, random.nextBoolean());
      return FuzzCase.either(operation, "unusual value: " + m.description(), request, 400, 413, 422);
    }
    String validJson = base.toString();
    String validXml = EncodedBody.xml(base).map(b -> new String(b.bytes(), StandardCharsets.UTF_8)).orElseThrow();
    if (family < 80) {
      MalformedBodies.Broken broken = malformed.next(validJson, validXml);
      RawRequest request = RawRequest.of(method, path + query).withBody(broken.contentType(), broken.body());
      return FuzzCase.rejected(operation, "malformed body: " + broken.description(), request, broken.statuses());
    }
    if (family < 86) {
      MalformedBodies.Broken broken = malformed.unreadable(validJson);
      RawRequest request = RawRequest.of(method, path + query).withBody(broken.contentType(), broken.body());
      return FuzzCase.rejected(operation, "unreadable body: " + broken.description(), request, broken.statuses());
    }
    if (family < 90) {
      List<String> types = MalformedBodies.oddButReadableContentTypes();
      String type = types.get(random.nextInt(types.size()));
      RawRequest request = RawRequest.of(method, path + query).withBody(type.isEmpty() ? null : type, validJson.getBytes(StandardCharsets.UTF_8));
      return FuzzCase.either(operation, "valid body, Content-Type '" + type + "'", request, 400);
    }
    if (family < 93) {
      boolean zipped = random.nextBoolean();
      byte[] body = validJson.getBytes(StandardCharsets.UTF_8);
      RawRequest request = RawRequest.of(method, path + query)
          .withBody(EncodedBody.JSON_TYPE, zipped ? MalformedBodies.gzip(body) : body)
          .withHeader("Content-Encoding", "gzip");
      return FuzzCase.rejected(operation,
          zipped ? "gzip-encoded valid body" : "Content-Encoding gzip on a plain body", request, 415);
    }
    if (family < 96) {
      return tooLarge(operation, method, path + query, random.nextBoolean());
    }
    if (create) {
      return oddCollection(method, validJson);
    }
    String id = ODD_IDS.get(random.nextInt(ODD_IDS.size()));
    RawRequest request = RawRequest.of(method, "/numbers/" + id + "." + format + query)
        .withBody(EncodedBody.JSON_TYPE, validJson);
    return FuzzCase.rejected(operation, "odd id " + id, request, 400, 404, 406);
  }

  private FuzzCase tooLarge(Operation operation, String method, String target, boolean declaredOnly) {
    if (declaredOnly) {
      RawRequest request = RawRequest.of(method, target).withBody(EncodedBody.JSON_TYPE, "{}")
          .withHeader("Content-Length", "99999999999");
      return FuzzCase.rejected(operation, "Content-Length beyond the limit", request, 413);
    }
    String filler = "x".repeat(FuzzLimits.MAX_BODY_BYTES + 1);
    RawRequest request = RawRequest.of(method, target)
        .withBody(EncodedBody.JSON_TYPE, "{\"number\": {\"sid\": \"" + filler + "\"}}");
    return FuzzCase.rejected(operation, "body beyond the limit", request, 413);
  }

  private FuzzCase oddCollection(String method, String validJson) {
    String query = "?api_key=" + targets.apiKey();
    return switch (random.nextInt(4)) {
      case 0 -> {
        String format = ODD_FORMATS.get(random.nextInt(ODD_FORMATS.size()));
        yield FuzzCase.rejected(Operation.CREATE, "odd format '" + format + "'",
            RawRequest.of(method, "/numbers" + format + query).withBody(EncodedBody.JSON_TYPE, validJson), 400, 404, 406);
      }
      case 1 -> FuzzCase.rejected(Operation.CREATE, "POST on a number",
          RawRequest.of(method, "/numbers/" + liveId() + "." + format() + query).withBody(EncodedBody.JSON_TYPE, validJson), 405);
      case 2 -> FuzzCase.rejected(Operation.CREATE, "no API key",
          RawRequest.of(method, "/numbers." + format()).withBody(EncodedBody.JSON_TYPE, validJson), 401);
      default -> FuzzCase.rejected(Operation.CREATE, "a company the key may not act on",
          RawRequest.of(method, "/numbers." + format() + query + "&company_id=" + targets.forbiddenCompany())
              .withBody(EncodedBody.JSON_TYPE, validJson), 403);
    };
  }

  private RawRequest withBody(RawRequest request, SchemaMutations.Mutated m, boolean preferXml) {
    if (preferXml && m.rawToken() == null) {
      var xml = EncodedBody.xml(m.body());
      if (xml.isPresent()) {
        return request.withBody(xml.get().contentType(), xml.get().bytes());
      }
    }
    EncodedBody json = EncodedBody.json(m.body(), m.rawToken());
    return request.withBody(json.contentType(), json.bytes());
  }

  // ---- delete, show, list, search

  private FuzzCase delete() {
    String query = "?api_key=" + targets.apiKey();
    return switch (random.nextInt(6)) {
      case 0, 1 -> oddMember(Operation.DELETE);
      case 2 -> {
        MalformedBodies.Broken broken;
        do { // a DELETE body is read for api_key only: a well-formed one that breaks a schema is fine
          broken = malformed.next(updateBase.toString(),
              new String(EncodedBody.xml(updateBase).orElseThrow().bytes(), StandardCharsets.UTF_8));
        } while (List.of(broken.statuses()).contains(422));
        yield FuzzCase.rejected(Operation.DELETE, "malformed body: " + broken.description(),
            RawRequest.of("DELETE", "/numbers/" + liveId() + "." + format() + query)
                .withBody(broken.contentType(), broken.body()), broken.statuses());
      }
      case 3 -> auth(Operation.DELETE, "/numbers/" + liveId() + "." + format());
      case 4 -> FuzzCase.rejected(Operation.DELETE, "another company's number",
          RawRequest.of("DELETE", "/numbers/" + targets.otherCompanysId() + "." + format() + query), 404);
      default -> FuzzCase.rejected(Operation.DELETE, "DELETE on the collection",
          RawRequest.of("DELETE", "/numbers." + format() + query), 405);
    };
  }

  private FuzzCase show() {
    String query = "?api_key=" + targets.apiKey();
    return switch (random.nextInt(6)) {
      case 0, 1 -> oddMember(Operation.SHOW);
      case 2 -> {
        String format = ODD_FORMATS.get(random.nextInt(ODD_FORMATS.size()));
        yield FuzzCase.rejected(Operation.SHOW, "odd format '" + format + "'",
            RawRequest.of("GET", "/numbers/" + liveId() + format + query), 400, 404, 406);
      }
      case 3 -> auth(Operation.SHOW, "/numbers/" + liveId() + "." + format());
      case 4 -> FuzzCase.rejected(Operation.SHOW, "another company's number",
          RawRequest.of("GET", "/numbers/" + targets.otherCompanysId() + "." + format() + query), 404);
      default -> FuzzCase.either(Operation.SHOW, "a live number",
          RawRequest.of("GET", "/numbers/" + liveId() + "." + format() + query));
    };
  }

  private FuzzCase list() {
    String query = "?api_key=" + targets.apiKey();
    String path = "/numbers." + format();
    return switch (random.nextInt(6)) {
      case 0, 1 -> {
        String page = ODD_PAGES.get(random.nextInt(ODD_PAGES.size()));
        yield FuzzCase.rejected(Operation.LIST, "page '" + page + "'", RawRequest.of("GET", path + query + "&page=" + page), 400);
      }
      case 2 -> auth(Operation.LIST, path);
      case 3 -> {
        String format = ODD_FORMATS.get(random.nextInt(ODD_FORMATS.size()));
        yield FuzzCase.rejected(Operation.LIST, "odd format '" + format + "'", RawRequest.of("GET", "/numbers" + format + query), 400, 404, 406);
      }
      case 4 -> FuzzCase.either(Operation.LIST, "a page far past the last",
          RawRequest.of("GET", path + query + "&page=" + (2 + random.nextInt(100_000_000))));
      default -> {
        String method = ODD_METHODS.get(random.nextInt(ODD_METHODS.size()));
        yield FuzzCase.rejected(Operation.LIST, method + " on the collection", RawRequest.of(method, path + query), 405);
      }
    };
  }

  private FuzzCase search() {
    String query = "?api_key=" + targets.apiKey();
    String format = format();
    List<String> segments = List.of("0001", "%2e%2e", "..%2f", "%00", "a%2Fb", "%E2%98%83", "%20", "x".repeat(2000),
        "%25", "+", "-1", "null", "%3Cscript%3E", "%22%27");
    String cid = segments.get(random.nextInt(segments.size()));
    String afid = segments.get(random.nextInt(segments.size()));
    return switch (random.nextInt(7)) {
      case 0, 1 -> FuzzCase.either(Operation.SEARCH, "odd segments",
          RawRequest.of("GET", "/numbers/for/cid/" + cid + "/afid/" + afid + "/sid/s." + format + query), 400);
      case 2 -> {
        List<String> broken = List.of("/numbers/for/cid/0001." + format, "/numbers/for/cid/0001/afid/0002." + format,
            "/numbers/for/cid//afid/0002/sid/x." + format, "/numbers/for/cid/0001/afid/0002/sid/x/y." + format,
            "/numbers/for/afid/0002/cid/0001/sid/x." + format, "/numbers/for." + format, "/numbers/for/." + format,
            "/numbers/for/cid/0001/afid/0002/sid/." + format);
        String path = broken.get(random.nextInt(broken.size()));
        yield FuzzCase.rejected(Operation.SEARCH, "incomplete search path", RawRequest.of("GET", path + query), 404, 406);
      }
      case 3 -> {
        String page = ODD_PAGES.get(random.nextInt(ODD_PAGES.size()));
        yield FuzzCase.rejected(Operation.SEARCH, "page '" + page + "'",
            RawRequest.of("GET", "/numbers/for/cid/0001/afid/0002/sid/fuzz." + format + query + "&page=" + page), 400);
      }
      case 4 -> auth(Operation.SEARCH, "/numbers/for/cid/0001/afid/0002/sid/fuzz." + format);
      case 5 -> {
        String method = List.of("POST", "PUT", "DELETE", "PATCH").get(random.nextInt(4));
        yield FuzzCase.rejected(Operation.SEARCH, method + " on a search",
            RawRequest.of(method, "/numbers/for/cid/0001/afid/0002/sid/fuzz." + format + query)
                .withBody(EncodedBody.JSON_TYPE, createBase.toString()), 405);
      }
      default -> {
        String odd = ODD_FORMATS.get(random.nextInt(ODD_FORMATS.size()));
        yield FuzzCase.rejected(Operation.SEARCH, "odd format '" + odd + "'",
            RawRequest.of("GET", "/numbers/for/cid/0001/afid/0002/sid/fuzz" + odd + query), 400, 404, 406);
      }
    };
  }

  // ---- shared pieces

  private FuzzCase oddMember(Operation operation) {
    String method = operation.method();
    String format = format();
    String query = "?api_key=" + targets.apiKey();
    int roll = random.nextInt(10);
    if (roll < 2) {
      String id = UNKNOWN_IDS.get(random.nextInt(UNKNOWN_IDS.size()));
      return FuzzCase.rejected(operation, "unknown id " + id, RawRequest.of(method, "/numbers/" + id + "." + format + query), 404);
    }
    if (roll < 4) {
      String id = JETTY_REFUSED_IDS.get(random.nextInt(JETTY_REFUSED_IDS.size()));
      return FuzzCase.rejected(operation, "malformed escape in the id " + id,
          RawRequest.of(method, "/numbers/" + id + "." + format + query), 400);
    }
    if (roll < 5) {
      String path = List.of("//numbers/5.", "/numbers//5.", "/numbers/5/.", "/%2e%2e/numbers/5.", "/numbers/5/..;/5.",
          "/numbers/./5.", "/Numbers/5.", "/numbers/5%2F.").get(random.nextInt(8));
      return FuzzCase.either(operation, "odd path " + path, RawRequest.of(method, path + format + query), 400, 404, 406);
    }
    String id = ODD_IDS.get(random.nextInt(ODD_IDS.size()));
    return FuzzCase.rejected(operation, "odd id " + id, RawRequest.of(method, "/numbers/" + id + "." + format + query), 400, 404, 406);
  }

  private FuzzCase auth(Operation operation, String path) {
    String method = operation.method();
    return switch (random.nextInt(8)) {
      case 0 -> FuzzCase.rejected(operation, "no API key", RawRequest.of(method, path), 401);
      case 1 -> FuzzCase.rejected(operation, "an unknown API key", RawRequest.of(method, path + "?api_key=nope"), 401);
      case 2 -> FuzzCase.rejected(operation, "an empty API key", RawRequest.of(method, path + "?api_key="), 401);
      case 3 -> FuzzCase.rejected(operation, "the key with different case",
          RawRequest.of(method, path + "?api_key=" + targets.apiKey().toUpperCase()), 401);
      case 4 -> FuzzCase.rejected(operation, "a company the key may not act on",
          RawRequest.of(method, path + "?api_key=" + targets.apiKey() + "&company_id=" + targets.forbiddenCompany()), 403);
      case 5 -> {
        String company = List.of("abc", "-7", "7.0", "%2B7", "99999999999999999999", "7,8").get(random.nextInt(6));
        yield FuzzCase.rejected(operation, "company_id " + company,
            RawRequest.of(method, path + "?api_key=" + targets.apiKey() + "&company_id=" + company), 403);
      }
      case 6 -> FuzzCase.rejected(operation, "an API key with a malformed escape",
          RawRequest.of(method, path + "?api_key=%" + targets.apiKey()), 400);
      default -> FuzzCase.rejected(operation, "an encoded api_key name",
          RawRequest.of(method, path + "?api%5Fkey%3D" + targets.apiKey()), 401);
    };
  }

  /** Requests that are odd at the HTTP level: methods, request targets, sizes. */
  private FuzzCase protocol() {
    String query = "?api_key=" + targets.apiKey();
    return switch (random.nextInt(8)) {
      case 0 -> FuzzCase.rejectedOffTheApi("CONNECT", RawRequest.of("CONNECT", "/numbers.json" + query), 400);
      case 1 -> FuzzCase.rejectedOffTheApi("a path outside the API",
          RawRequest.of("GET", List.of("/", "/numbers", "/number.json", "/numbers/", "/api/numbers.json", "/numbers.json/")
              .get(random.nextInt(6)) + query), 404, 406);
      case 2 -> FuzzCase.eitherOffTheApi("an OPTIONS preflight", RawRequest.of("OPTIONS", "/numbers." + format()));
      case 3 -> FuzzCase.rejectedOffTheApi("a URI beyond the server's limit",
          RawRequest.of("GET", "/numbers/" + "1".repeat(70_000) + ".json" + query), 414);
      case 4 -> FuzzCase.rejectedOffTheApi("headers beyond the server's limit",
          RawRequest.of("GET", "/numbers.json" + query).withHeader("X-Padding", "p".repeat(70_000)), 431, 414);
      case 5 -> FuzzCase.either(Operation.LIST, "a lower-case method (WireMock reads methods case-blind)",
          RawRequest.of("get", "/numbers.json" + query), 400, 405);
      case 6 -> FuzzCase.rejectedOffTheApi("an absolute-form target for another host",
          RawRequest.of("GET", "http://elsewhere.test/numbers/-1.json" + query), 400, 403, 404);
      default -> FuzzCase.rejectedOffTheApi("a target that is not a path",
          RawRequest.of("GET", List.of("*", "numbers.json", "?api_key=x", "%2Fnumbers.json").get(random.nextInt(4))), 400, 404);
    };
  }

  private String format() {
    return random.nextBoolean() ? "json" : "xml";
  }

  private long liveId() {
    return targets.liveIds().get(random.nextInt(targets.liveIds().size()));
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) Answers.JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
