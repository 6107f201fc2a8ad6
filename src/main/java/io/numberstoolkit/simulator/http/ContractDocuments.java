package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The contract, served by the running simulator so Swagger UI, Redoc or a client generator can
 * point at it: {@code GET /openapi.yaml} is {@code contracts/openapi.bundled.yaml} as packaged
 * (one file, no references out of it), {@code GET /openapi.json} the same document as JSON. Read
 * once, on the first request for either (start-up need not parse YAML for a client that never
 * asks); no key needed, since it says only what the README does; CORS as on the API.
 */
final class ContractDocuments {
  static final String BUNDLE = "contracts/openapi.bundled.yaml";
  private static final String YAML_PATH = "/openapi.yaml";
  private static final String JSON_PATH = "/openapi.json";
  private static final String ALLOWED = "GET, HEAD";

  private final byte[] yaml;
  private final byte[] json;

  private ContractDocuments(byte[] yaml, byte[] json) {
    this.yaml = yaml;
    this.json = json;
  }

  /** The packaged bundle, read on first use. */
  static Supplier<ContractDocuments> packaged() {
    return Packaged::documents;
  }

  private static final class Packaged {
    static final ContractDocuments DOCUMENTS = read();

    static ContractDocuments documents() {
      return DOCUMENTS;
    }
  }

  private static ContractDocuments read() {
    try (InputStream in = ContractDocuments.class.getClassLoader().getResourceAsStream(BUNDLE)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLE + " is not packaged");
      }
      byte[] yaml = in.readAllBytes();
      byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(new YAMLMapper().readTree(yaml));
      return new ContractDocuments(yaml, json);
    } catch (IOException e) {
      throw new IllegalStateException(BUNDLE + " cannot be read", e);
    }
  }

  static boolean serves(String path) {
    return path.equals(YAML_PATH) || path.equals(JSON_PATH);
  }

  /** The document the path names ({@link #serves}); only GET (and so HEAD) is allowed. */
  Reply reply(ApiRequest request) throws ApiException {
    if (!request.method().equals("GET")) {
      throw new ApiException(405, request.method() + " is not allowed on " + request.path() + "; allowed: " + ALLOWED,
          List.of(), Map.of("Allow", ALLOWED));
    }
    return request.path().equals(YAML_PATH)
        ? new Reply(200, Map.of("Content-Type", "application/yaml"), yaml)
        : new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), json);
  }
}
