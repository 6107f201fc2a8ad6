package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The line per request that {@code simulate} prints (through {@code printRequestsTo}): what was
 * asked, of which session, how it was answered and, for a 4xx, why. Keys never appear.
 */
class ConsoleLogAcceptanceTest {
  private static final BlockingQueue<String> LINES = new LinkedBlockingQueue<>();

  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(
      SimulatorOptions.builder().apiKey("alpha", 1L).printRequestsTo(LINES::add).build());

  private final NumbersClient alpha = simulator.client().withQueryParam("api_key", "alpha");

  @BeforeEach
  void forgetEarlierLines() {
    LINES.clear();
  }

  @Test
  void aRequestIsOneLineWithMethodMaskedPathSessionStatusAndTime() throws InterruptedException {
    alpha.withHeader("X-Numbers-Session", "s1").given().get("/numbers.json?page=1").then().statusCode(200);
    String line = nextLine();
    assertTrue(line.matches("GET /numbers\\.json\\?api_key=\\*\\*\\*&page=1 session=s1 200 [0-9]+ ms"), line);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void a422SaysTheFirstViolation(Wire wire) throws InterruptedException {
    alpha.post(wire, "{\"number\": {\"cid\": \"0001\"}}").then().statusCode(422);
    String line = nextLine();
    assertTrue(line.startsWith("POST " + wire.path("/numbers") + "?api_key=*** 422 "), line);
    assertTrue(line.endsWith(" ms - /number/afid: is required but missing"), line);
  }

  @Test
  void aRefusalWithoutViolationsSaysItsMessage() throws InterruptedException {
    simulator.client().given().get("/numbers.json?api_key=wrong").then().statusCode(401);
    String line = nextLine();
    assertTrue(line.startsWith("GET /numbers.json?api_key=*** 401 "), line);
    assertTrue(line.contains(" ms - ") && !line.contains("wrong"), line);
  }

  @Test
  void aServerFaultIsNotExplained() throws InterruptedException {
    alpha.given().header("X-Numbers-Fault", "503").get("/numbers.json").then().statusCode(503);
    assertTrue(nextLine().matches("GET /numbers\\.json\\?api_key=\\*\\*\\* 503 [0-9]+ ms"));
  }

  @Test
  void aControlCharacterFromTheClientCannotStartAnotherLine() throws InterruptedException {
    alpha.given().urlEncodingEnabled(false).get("/numbers.json?page=1%0AGET%20/forged").then().statusCode(400);
    String line = nextLine();
    assertTrue(line.endsWith("not '1\\u000aGET /forged'"), line);
  }

  @Test
  void anEmbeddedSimulatorPrintsNothingUnlessAsked() {
    assertNull(SimulatorOptions.defaults().requestPrinter());
  }

  /** Bounded: the line is handed on once the answer is complete, on the server's thread. */
  private static String nextLine() throws InterruptedException {
    String line = LINES.poll(10, TimeUnit.SECONDS);
    assertNotNull(line, "no line printed");
    assertEquals(0, LINES.size(), "one line per request: " + LINES);
    return line;
  }
}
