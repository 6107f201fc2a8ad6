package io.numberstoolkit.conformance.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.contract.RailsXml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XML view against the JSON view: the names and types the facts page documents, nothing else. */
class XmlFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NUMBER = """
      {"id": 5, "toll_free": false, "sid": null, "created_at": "2012-04-18T06:05:05Z",
       "greeting": {"message": "Hi", "inherited": true},
       "timers": [{"id": 113, "seconds": 0, "url": "http://t", "inherited": true}],
       "menu_options": [{"menu_option": {"id": 44, "option": "1", "target_cid": null, "inherited": true}}]}""";

  @Test
  void railsStyleXmlOfTheSameNumberMatches() throws Exception {
    JsonNode number = JSON.readTree(NUMBER);

    assertEquals(List.of(), XmlFields.number(RailsXml.write("number", number), number));
  }

  @Test
  void underscoresMissingTypesAndOtherValuesAreEachNamed() throws Exception {
    JsonNode number = JSON.readTree(NUMBER);
    String xml = RailsXml.write("number", number)
        .replace("toll-free", "toll_free")
        .replace(" type=\"datetime\"", "")
        .replace("<id type=\"integer\">113</id>", "<id type=\"integer\">114</id>");

    List<String> differences = XmlFields.number(xml, number);

    assertEquals(3, differences.size(), differences.toString());
    assertTrue(differences.get(0).contains("<toll_free>, not <toll-free>"), differences.toString());
    assertTrue(differences.get(1).contains("expected type=\"datetime\""), differences.toString());
    assertTrue(differences.get(2).contains("number.timers[0].id: expected 113, got 114"), differences.toString());
  }

  @Test
  void anElementTheJsonDoesNotHaveIsNamed() throws Exception {
    JsonNode number = JSON.readTree("{\"id\": 5}");

    List<String> differences = XmlFields.number("<number><id type=\"integer\">5</id><extra>x</extra></number>", number);

    assertEquals(List.of("number: the XML has <extra>, which the JSON does not"), differences);
  }
}
