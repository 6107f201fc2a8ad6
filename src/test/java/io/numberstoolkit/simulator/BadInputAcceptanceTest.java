package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Violations;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad input gets a clear error and changes nothing: each test compares the whole listing before and after. */
class BadInputAcceptanceTest {
  private static final int MAX_BODY_BYTES = 4096;

  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().maxBodyBytes(MAX_BODY_BYTES).build());

  private final NumbersClient api = simulator.client();
  private String before;

  @BeforeEach
  void listingBefore() {
    before = api.listing();
  }

  @AfterEach
  void nothingChanged() {
    assertEquals(before, api.listing(), "bad input changed the numbers");
  }

  @Test
  void jsonNestedDeeperThanAnyBodyOfTheApiIsRefusedBeforeAnythingWalksIt() {
    String deep = "{\"number\": {\"cid\": \"0001\", \"afid\": " + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}}";
    for (Response response : List.of(
        api.given().contentType(Wire.JSON.contentType()).body(deep).post("/numbers.json"),
        api.given().contentType(Wire.JSON.contentType()).body(deep).put("/numbers/5.json"))) {
      assertEquals(400, response.statusCode(), response.asString());
      assertEquals("the JSON body nests deeper than 32 levels; the API's bodies need at most six",
          Violations.message(Wire.JSON, response));
    }
  }

  @Test
  void malformedJsonIsABadRequestSayingWhere() {
    for (Response response : List.of(
        api.given().contentType(Wire.JSON.contentType()).body("{\"number\": {\"afid\": \"0002\",\n \"cid\": }}").post("/numbers.json"),
        api.given().contentType(Wire.JSON.contentType()).body("{\"number\": {\"afid\": \"0002\",\n \"cid\": }}").put("/numbers/5.json"))) {
      assertEquals(400, response.statusCode());
      String message = Violations.message(Wire.JSON, response);
      assertTrue(message.startsWith("malformed JSON at line 2, column"), message);
    }
  }

  @Test
  void malformedXmlIsABadRequestSayingWhere() {
    Response response = api.given().contentType(Wire.XML.contentType())
        .body("<number><afid>0002</afid><cid>0001</number>").post("/numbers.xml");
    assertEquals(400, response.statusCode());
    String message = Violations.message(Wire.XML, response);
    assertTrue(message.startsWith("malformed XML at line 1"), message);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aCreateBreakingTheSchemaListsEveryOffendingField(Wire wire) {
    Response response = api.post(wire, "{\"number\": {\"cid\": \"0001\", \"type\": \"Mobile\", \"country\": \"XX\","
        + " \"extra\": \"1\", \"repeat\": -1, \"timers_attributes\": [{\"seconds\": -1}],"
        + " \"menu_options_attributes\": [{\"option\": \"A\", \"target_number\": \"123\"}]}}");
    assertEquals(422, response.statusCode());
    assertEquals(List.of(
        "/number/afid", "/number/country", "/number/extra",
        "/number/menu_options_attributes/0/option", "/number/menu_options_attributes/0/target_number",
        "/number/repeat", "/number/timers_attributes/0/seconds", "/number/timers_attributes/0/url",
        "/number/type"), Violations.pointers(wire, response));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUpdateBreakingTheSchemaListsEveryOffendingField(Wire wire) {
    Response response = api.put(wire, 5, "{\"number\": {\"afid\": \"\", \"voice_gender\": \"Robot\","
        + " \"timers_attributes\": [{\"url\": \"http://pixels.example/\"}]}}");
    assertEquals(422, response.statusCode());
    assertEquals(List.of("/number/afid", "/number/timers_attributes/0/seconds", "/number/voice_gender"),
        Violations.pointers(wire, response));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aBodyOverTheLimitIsTooLarge(Wire wire) {
    String sid = "s".repeat(MAX_BODY_BYTES);
    Response create = api.post(wire, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"" + sid + "\"}}");
    Response update = api.put(wire, 5, "{\"number\": {\"sid\": \"" + sid + "\"}}");
    assertEquals(413, create.statusCode());
    assertEquals(413, update.statusCode());
  }

  @Test
  void xmlWithADtdOrAnExternalEntityIsRefusedAndNothingIsResolved(@TempDir Path folder) throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER");
    AtomicInteger fetched = new AtomicInteger();
    HttpServer bait = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    bait.createContext("/", exchange -> {
      fetched.incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    bait.start();
    try {
      String url = "http://127.0.0.1:" + bait.getAddress().getPort() + "/evil";
      List<String> documents = List.of(
          "<!DOCTYPE number [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
              + "<number><afid>&x;</afid><cid>0001</cid></number>",
          "<!DOCTYPE number [<!ENTITY x SYSTEM \"" + url + "\">]><number><afid>&x;</afid><cid>0001</cid></number>",
          "<!DOCTYPE number SYSTEM \"" + url + ".dtd\"><number><afid>a</afid><cid>0001</cid></number>",
          "<!DOCTYPE number [<!ENTITY % p SYSTEM \"" + url + ".pe\"> %p;]><number><afid>a</afid><cid>0001</cid></number>",
          "<!DOCTYPE number [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
              + "<number><afid>&b;</afid><cid>0001</cid></number>");
      for (String xml : documents) {
        for (Response response : List.of(
            api.given().contentType(Wire.XML.contentType()).body(xml).post("/numbers.xml"),
            api.given().contentType(Wire.XML.contentType()).body(xml).put("/numbers/5.xml"))) {
          assertEquals(400, response.statusCode(), xml);
          assertTrue(Violations.message(Wire.XML, response).contains("DTD"), response.asString());
          assertFalse(response.asString().contains("SECRET-MARKER"));
        }
      }
    } finally {
      bait.stop(0);
    }
    assertEquals(0, fetched.get(), "the simulator fetched an external entity or DTD");
  }

  @Test
  void controlCharactersInAStringAreRefused() {
    Response json = api.post(Wire.JSON, "{\"number\": {\"afid\": \"a\\u0001b\", \"cid\": \"0001\", \"sid\": \"\\u001f\"}}");
    Response form = api.given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("number[afid]", "0002").formParam("number[cid]", "0001").formParam("number[sid]", "bell\u0007")
        .post("/numbers.xml");
    Response update = api.put(Wire.JSON, 5, "{\"number\": {\"sid\": \"\\u0000\"}}");
    assertEquals(List.of(422, 422, 422), List.of(json.statusCode(), form.statusCode(), update.statusCode()));
    assertEquals(List.of("/number/afid", "/number/sid"), Violations.pointers(Wire.JSON, json));
    assertEquals(List.of("/number/sid"), Violations.pointers(Wire.XML, form));
    assertEquals(List.of("xml-character"), Violations.rules(Wire.JSON, update));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anEmptyBodyIsRefusedNamingTheMissingNumber(Wire wire) {
    Response create = api.given().contentType(wire.contentType()).post(wire.path("/numbers"));
    Response update = api.given().contentType(wire.contentType()).put(wire.path("/numbers/5"));
    assertEquals(422, create.statusCode());
    assertEquals(422, update.statusCode());
    assertEquals(List.of("/number"), Violations.pointers(wire, create));
    assertEquals(List.of("/number"), Violations.pointers(wire, update));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theApisOwnRulesAreViolationsToo(Wire wire) {
    String audio = "\"message_file_b64_data\": \"AAAA\", \"message_file_b64_filename\": \"a.flac\"";
    Response twoGreetings = api.post(wire, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"message\": \"Hi\", " + audio + "}}");
    Response sameButton = api.post(wire, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"menu_options_attributes\": ["
        + "{\"option\": \"1\", \"target_number\": \"+18005550100\"}, {\"option\": \"1\", \"target_cid\": \"0002\"}]}}");
    Response unknownTarget = api.post(wire, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"menu_options_attributes\": ["
        + "{\"option\": \"3\", \"target_cid\": \"no-such-campaign\"}]}}");
    Response voiceWithoutText = api.put(wire, 79, "{\"number\": {\"voice_gender\": \"Male\"}}");
    assertEquals(List.of(422, 422, 422, 422), List.of(twoGreetings.statusCode(), sameButton.statusCode(),
        unknownTarget.statusCode(), voiceWithoutText.statusCode()));
    assertEquals(List.of("one-greeting"), Violations.rules(wire, twoGreetings));
    assertEquals(List.of("/number/menu_options_attributes/1/option"), Violations.pointers(wire, sameButton));
    assertEquals(List.of("unique-option"), Violations.rules(wire, sameButton));
    assertEquals(List.of("/number/menu_options_attributes/0/target_cid"), Violations.pointers(wire, unknownTarget));
    assertEquals(List.of("/number/message"), Violations.pointers(wire, voiceWithoutText), "number 79's greeting is an audio file");
  }

  @Test
  void aBodyThatIsNeitherJsonNorXmlNorAFormIsABadRequest() {
    assertEquals(400, api.given().contentType("text/plain").body("afid=0002").post("/numbers.json").statusCode());
    assertEquals(400, api.given().contentType(Wire.JSON.contentType()).body("[{\"number\": {}}]").post("/numbers.json").statusCode());
  }
}
