package io.numberstoolkit.conformance.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.client.Call;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The update rules on numbers written out by hand: what they must flag, and the choices the
 * documents leave open that they must let pass (OracleDefectsTest shows them over HTTP).
 */
class UpdateRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BEFORE = """
      {"id": 80, "number": "+18005550100", "toll_free": true, "sid": "a", "afid": "0002", "cid": "0001",
       "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z", "uses_campaign_settings": true,
       "greeting": {"message": "Hi", "voice_gender": "Male", "inherited": true},
       "timers": [{"id": 1, "seconds": 0, "url": "http://t/0", "inherited": true}],
       "menu_options": [{"id": 7, "option": "1", "target_cid": null, "target_number": "+18885550123", "inherited": false}]}""";

  @Test
  void anAttributeTheUpdateDidNotNameMustStayAsItWas() {
    JsonNode after = change(BEFORE, n -> n.put("sid", "b").put("afid", "0009").put("updated_at", "2026-01-01T00:00:01Z"));

    List<Finding> findings = UpdateRules.check(sent("{\"sid\": \"b\"}"), read(BEFORE), after);

    assertEquals(List.of("afid"), findings.stream().map(Finding::field).toList());
    assertEquals(Rule.UNCHANGED_UNLESS_NAMED, findings.get(0).rule());
  }

  @Test
  void anAddedTimerMayReplaceTheInheritedOnesOrJoinThem() {
    String added = "{\"id\": 9, \"seconds\": 30, \"url\": \"http://t/30\", \"inherited\": false}";
    JsonNode replaced = change(BEFORE, n -> n.set("timers", JSON.createArrayNode().add(read(added))));
    JsonNode joined = change(BEFORE, n -> ((com.fasterxml.jackson.databind.node.ArrayNode) n.get("timers")).add(read(added)));
    SentChange sent = sent("{\"timers_attributes\": [{\"seconds\": 30, \"url\": \"http://t/30\"}]}");

    assertEquals(List.of(), UpdateRules.check(sent, read(BEFORE), replaced));
    assertEquals(List.of(), UpdateRules.check(sent, read(BEFORE), joined));
  }

  @Test
  void anAddedMenuOptionMustLeaveTheNumbersOwnOnes() {
    JsonNode after = change(BEFORE, n -> n.set("menu_options", JSON.createArrayNode().add(
        read("{\"id\": 8, \"option\": \"2\", \"target_cid\": null, \"target_number\": \"+18885550124\", \"inherited\": false}"))));
    SentChange sent = sent("{\"menu_options_attributes\": [{\"option\": \"2\", \"target_number\": \"+18885550124\"}]}");

    List<Finding> findings = UpdateRules.check(sent, read(BEFORE), after);

    assertEquals(List.of(Rule.UNCHANGED_UNLESS_NAMED), findings.stream().map(Finding::rule).toList());
    assertEquals("menu_options id 7", findings.get(0).field());
  }

  @Test
  void aNewCampaignMayBringItsOwnInheritedGreetingButNotTouchTheNumbersOwnItems() {
    JsonNode after = change(BEFORE, n -> {
      n.put("cid", "111");
      n.set("greeting", read("{\"message\": \"Other\", \"voice_gender\": \"Female\", \"inherited\": true}"));
      n.set("timers", JSON.createArrayNode().add(read("{\"id\": 2, \"seconds\": 5, \"url\": \"http://t/5\", \"inherited\": true}")));
    });

    assertEquals(List.of(), UpdateRules.check(sent("{\"cid\": \"111\"}"), read(BEFORE), after));
    JsonNode lostOwnOption = change(after.toString(), n -> n.set("menu_options", JSON.createArrayNode()));
    assertEquals(List.of("menu_options id 7"),
        UpdateRules.check(sent("{\"cid\": \"111\"}"), read(BEFORE), lostOwnOption).stream().map(Finding::field).toList());
  }

  @Test
  void anUpdateNamingTheTypeMayChangeThePhoneNumberOrLeaveIt() {
    JsonNode after = change(BEFORE, n -> n.put("toll_free", false).put("number", "+16475550100"));

    assertEquals(List.of(), UpdateRules.check(sent("{\"type\": \"Local\"}"), read(BEFORE), after));
    assertEquals(List.of(), UpdateRules.check(sent("{\"type\": \"Local\"}"), read(BEFORE), read(BEFORE)));
  }

  private static SentChange sent(String number) {
    ObjectNode body = JSON.createObjectNode();
    body.set("number", read(number));
    return SentChange.of(Call.update(80, new Call.JsonBody(body)));
  }

  private static JsonNode change(String json, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode copy = (ObjectNode) read(json);
    change.accept(copy);
    return copy;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
