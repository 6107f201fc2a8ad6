package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running simulator serves its contract, so Swagger UI or a generator can point at it: the
 * bundled OpenAPI document as YAML and as JSON, without a key, readable from another origin.
 */
class ContractServedAcceptanceTest {
  private static final Path BUNDLE = Path.of("contracts", "openapi.bundled.yaml");
  private static final String ORIGIN = "http://swagger.example:3000";

  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().apiKey("alpha", 1L).allowOrigin(ORIGIN).build());

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void openapiYamlIsTheBundledContractWithoutAKey() throws Exception {
    HttpResponse<byte[]> answer = get("/openapi.yaml");
    assertEquals(200, answer.statusCode());
    assertEquals("application/yaml", answer.headers().firstValue("Content-Type").orElse(null));
    assertEquals(ORIGIN, answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertArrayEquals(Files.readAllBytes(BUNDLE), answer.body());
  }

  @Test
  void openapiJsonIsTheSameDocumentAsJson() throws Exception {
    HttpResponse<byte[]> answer = get("/openapi.json");
    assertEquals(200, answer.statusCode());
    assertEquals("application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(null));
    assertEquals(ORIGIN, answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals(new YAMLMapper().readTree(BUNDLE.toFile()), new ObjectMapper().readTree(answer.body()));
  }

  @Test
  void bothParseFromTheirUrlAsValidOpenApiWithEveryReferenceResolved() {
    for (String path : List.of("/openapi.yaml", "/openapi.json")) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(simulator.baseUrl() + path, null, options);
      assertEquals(List.of(), parsed.getMessages(), path);
      assertNotNull(parsed.getOpenAPI(), path);
      assertEquals(6, parsed.getOpenAPI().getPaths().values().stream()
          .mapToLong(item -> item.readOperations().size()).sum(), path + ": the six operations");
    }
  }

  @Test
  void onlyGetIsAllowed() throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/openapi.json"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, answer.statusCode(), answer.body());
    assertEquals("GET, HEAD", answer.headers().firstValue("Allow").orElse(null));
    assertEquals(405, new ObjectMapper().readTree(answer.body()).path("error").path("status").asInt(), answer.body());
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).header("Origin", ORIGIN).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
