package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Isolated state spaces: X-Numbers-Session or numbers_session, each starting from the start-up state. */
class SessionsAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private static final List<Long> START_UP = List.of(5L, 79L);
  private final NumbersClient shared = simulator.client();

  private NumbersClient session(String name) {
    return shared.withHeader("X-Numbers-Session", name);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aSessionsChangesAreSeenInItOnly(Wire wire) {
    long id = session("one").create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
    session("one").delete(wire, 5).then().statusCode(204);
    assertEquals(List.of(79L, id), session("one").ids());
    assertEquals(List.of(79L, id), shared.withQueryParam("numbers_session", "one").ids(), "the query parameter names the same session");
    assertEquals(START_UP, session("two").ids());
    assertEquals(START_UP, shared.ids(), "the shared space is unaffected");
  }

  @Test
  void aNewSessionStartsFromTheStartUpStateNotFromTheSharedSpace() {
    shared.delete(Wire.JSON, 5).then().statusCode(204);
    shared.create("{\"afid\": \"0002\", \"cid\": \"0001\"}");
    assertEquals(START_UP, session("fresh").ids());
  }

  @Test
  void theAdminApiResetsOneSession() {
    session("one").delete(Wire.JSON, 5).then().statusCode(204);
    session("two").delete(Wire.JSON, 79).then().statusCode(204);
    shared.delete(Wire.JSON, 79).then().statusCode(204);
    shared.given().contentType("application/json").post("/__admin/numbers/reset?session=one").then().statusCode(200);
    assertEquals(START_UP, session("one").ids());
    assertEquals(List.of(5L), session("two").ids());
    assertEquals(List.of(5L), shared.ids());
    assertEquals(404, shared.given().contentType("application/json").post("/__admin/numbers/reset?session=never-used").statusCode());
  }

  @Test
  void theAdminApiDropsASession() {
    session("one").delete(Wire.JSON, 5).then().statusCode(204);
    session("two").ids();
    assertEquals(List.of("one", "two"), sessions());
    shared.given().delete("/__admin/numbers/sessions/one").then().statusCode(200);
    assertEquals(List.of("two"), sessions());
    assertEquals(404, shared.given().delete("/__admin/numbers/sessions/one").statusCode());
    assertEquals(START_UP, session("one").ids(), "a dropped session starts afresh on its next use");
  }

  @Test
  void resettingTheSharedSpaceLeavesSessionsAlone() {
    session("one").delete(Wire.JSON, 5).then().statusCode(204);
    shared.delete(Wire.JSON, 5).then().statusCode(204);
    shared.given().contentType("application/json").post("/__admin/numbers/reset").then().statusCode(200);
    assertEquals(START_UP, shared.ids());
    assertEquals(List.of(79L), session("one").ids());
    assertTrue(sessions().contains("one"));
  }

  @Test
  void resetAllDropsEverySession() {
    session("one").ids();
    shared.delete(Wire.JSON, 5).then().statusCode(204);
    shared.given().contentType("application/json").post("/__admin/numbers/reset?all=true").then().statusCode(200);
    assertEquals(START_UP, shared.ids());
    assertFalse(sessions().contains("one"));
  }

  private List<String> sessions() {
    return shared.given().get("/__admin/numbers/sessions").jsonPath().getList("sessions", String.class);
  }
}
