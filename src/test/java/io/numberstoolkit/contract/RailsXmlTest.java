package io.numberstoolkit.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RailsXmlTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  @Nested
  class RoundTrips {

    @Test
    void docsCreateResponseWithWrappedTimersRoundTripsExactly() {
      JsonNode doc = docsExample("create-response.json");

      String xml = RailsXml.write("number", doc.get("number"));

      assertEquals(doc, readOrFail(xml));
      assertTrue(
          xml.contains("<timers type=\"array\">\n    <timer>\n      <id type=\"integer\">201<"));
      assertTrue(xml.contains("<audio-file-updated-at type=\"datetime\">2012-07-15T01:30:34Z<"));
      assertTrue(xml.contains("<target-cid nil=\"true\"/>"));
    }

    @Test
    void docsShowResponseWithBareTimersReadsBackWithWrappedTimers() {
      JsonNode doc = docsExample("show-response.json");
      JsonNode wrapped = withTimersWrapped(doc);

      JsonNode readBack = readOrFail(RailsXml.write("number", doc.get("number")));

      assertEquals(wrapped, readBack);
      assertEquals(2, readBack.at("/number/timers").size());
      assertEquals(114, readBack.at("/number/timers/1/timer/id").intValue());
    }

    @Test
    void docsShowResponseWithWrappedTimersRoundTripsExactly() {
      JsonNode wrapped = withTimersWrapped(docsExample("show-response.json"));

      assertEquals(wrapped, readOrFail(RailsXml.write("number", wrapped.get("number"))));
    }

    @Test
    void docsCreateRequestRoundTripsExactly() {
      JsonNode doc = docsExample("create-request.json");

      assertEquals(doc, readOrFail(RailsXml.write("number", doc.get("number"))));
    }

    @Test
    void aListOfTwoEnvelopesIsAnArrayRootAndReadsBackAsTheList() {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      list.add(withTimersWrapped(docsExample("show-response.json")));
      list.add(docsExample("create-response.json"));

      String xml = RailsXml.write("numbers", list);

      assertTrue(xml.startsWith(DECLARATION + "<numbers type=\"array\">\n  <number>\n"), xml);
      assertEquals(list, readOrFail(xml));
    }

    @Test
    void anEmptyListIsAnEmptyArrayElement() {
      String xml = RailsXml.write("numbers", JsonNodeFactory.instance.arrayNode());

      assertEquals(DECLARATION + "<numbers type=\"array\"/>\n", xml);
      assertEquals(json("[]"), readOrFail(xml));
    }

    @Test
    void writesTheRailsLayout() {
      JsonNode number =
          json(
              """
{"id": 5, "toll_free": false, "sid": null, "afid": "", "updated_at": "2012-05-03T13:53:23Z",
 "greeting": {"message": "Hi & bye"}, "timers": [{"timer": {"seconds": 0}}], "menu_options": []}
""");

      assertEquals(
          DECLARATION
              + """
                <number>
                  <id type="integer">5</id>
                  <toll-free type="boolean">false</toll-free>
                  <sid nil="true"/>
                  <afid></afid>
                  <updated-at type="datetime">2012-05-03T13:53:23Z</updated-at>
                  <greeting>
                    <message>Hi &amp; bye</message>
                  </greeting>
                  <timers type="array">
                    <timer>
                      <seconds type="integer">0</seconds>
                    </timer>
                  </timers>
                  <menu-options type="array"/>
                </number>
                """,
          RailsXml.write("number", number));
    }

    @Test
    void nullsEmptyAndBlankStringsStayApart() {
      assertRoundTrips(
          "number", "{\"sid\": null, \"afid\": \"\", \"cid\": \" \", \"message\": \"\\n\\t \"}");
    }

    @Test
    void stringsThatLookLikeOtherTypesStayStrings() {
      assertRoundTrips(
          "number",
          "{\"option\": \"1\", \"afid\": \"0001\", \"sid\": \"true\", \"cid\": \"null\","
              + " \"created_at\": \"not a date\"}");
    }

    @Test
    void booleansAndNumbersKeepTheirTypes() {
      assertRoundTrips(
          "values",
          "{\"yes\": true, \"no\": false, \"zero\": 0, \"negative\": -42,"
              + " \"big\": 9223372036854775807, \"huge\": 123456789012345678901234567890,"
              + " \"half\": 0.5, \"small\": -1.25E-7, \"large\": 1.0E300}");
    }

    @Test
    void markupCharactersCarriageReturnsAndNonAsciiSurvive() {
      assertRoundTrips(
          "greeting",
          "{\"message\": \"a & b < c > d ]]> \\\"q\\\" 'a' \\r"
              + "\\n"
              + " x\\r"
              + "y caf\\u00e9 \\ud83d\\ude00\"}");
    }

    @Test
    void requestBodyNestedAttributesHoldBareItemsNamedByTheirSingular() {
      JsonNode request =
          json(
              """
{"number": {"afid": "0002", "cid": "0001", "destroy_nested": true, "repeat": 2,
  "timers_attributes": [{"seconds": 0, "url": "http://a.example/?x=1&y=2"},
                        {"id": 7, "seconds": 90, "url": "http://b.example/"}],
  "menu_options_attributes": [{"option": "1", "target_number": "+18667878878"},
                              {"option": "#", "target_cid": "399944", "target_number": null}]}}
""");

      String xml = RailsXml.write("number", request.get("number"));

      assertTrue(xml.contains("<timers-attributes type=\"array\">\n    <timer>\n"), xml);
      assertTrue(
          xml.contains("<menu-options-attributes type=\"array\">\n    <menu-option>\n"), xml);
      assertEquals(request, readOrFail(xml));
    }

    @Test
    void aSingleKeyNestedAttributeItemStaysBare() {
      assertRoundTrips("number", "{\"timers_attributes\": [{\"seconds\": 5}]}");
    }

    @Test
    void aScalarRootReadsBackUnderItsName() {
      JsonNode sid = JsonNodeFactory.instance.textNode("superaffiliate");

      assertEquals(json("{\"sid\": \"superaffiliate\"}"), readOrFail(RailsXml.write("sid", sid)));
    }

    @Test
    void bareItemsOfOtherArraysReadBackWrapped() {
      JsonNode readBack = readOrFail(RailsXml.write("errors", json("{\"ids\": [1, 2]}")));

      assertEquals(json("{\"errors\": {\"ids\": [{\"id\": 1}, {\"id\": 2}]}}"), readBack);
    }

    @Test
    void whateverTheWriterWritesUpToThirtyTwoLevelsTheReaderReads() {
      JsonNode deepest = nested(RailsXml.MAX_DEPTH - 1, JsonNodeFactory.instance.textNode("x"));

      assertEquals(
          JsonNodeFactory.instance.objectNode().set("a", deepest),
          readOrFail(RailsXml.write("a", deepest)));
    }

    private void assertRoundTrips(String root, String valueJson) {
      JsonNode value = json(valueJson);
      assertEquals(
          JsonNodeFactory.instance.objectNode().set(root, value),
          readOrFail(RailsXml.write(root, value)));
    }
  }

  @Nested
  class ReadingHandWrittenXml {

    @Test
    void readsTheFactsFileFragmentStyle() {
      String xml =
          "<numbers type=\"array\"><number><id type=\"integer\">5</id>"
              + "<toll-free type=\"boolean\">false</toll-free><number>+16479311232</number>"
              + "<updated-at type=\"datetime\">2012-05-03T13:53:23Z</updated-at>"
              + "<timers type=\"array\"><timer><id type=\"integer\">113</id>"
              + "<seconds type=\"integer\">0</seconds></timer></timers>"
              + "<menu-options type=\"array\"><menu-option><option>1</option>"
              + "<target-cid nil=\"true\"/></menu-option></menu-options></number></numbers>";

      assertEquals(
          json(
              """
              [{"number": {"id": 5, "toll_free": false, "number": "+16479311232",
                "updated_at": "2012-05-03T13:53:23Z",
                "timers": [{"timer": {"id": 113, "seconds": 0}}],
                "menu_options": [{"menu_option": {"option": "1", "target_cid": null}}]}}]
              """),
          readOrFail(xml));
    }

    @Test
    void untypedLeavesAreStrings() {
      assertEquals(
          json("{\"timer\": {\"seconds\": \"5\", \"url\": \"\"}}"),
          readOrFail("<timer><seconds>5</seconds><url/></timer>"));
    }

    @Test
    void leafTextIsKeptExactlyWhileLayoutBetweenElementsIsNot() {
      assertEquals(
          json("{\"greeting\": {\"message\": \"  two  words\\n\", \"voice_gender\": \"Male\"}}"),
          readOrFail(
              "<?xml version=\"1.0\"?>\n<greeting>\n\t<message>  two  words\n</message>\r\n"
                  + "  <voice-gender>Male</voice-gender>\n</greeting>\n"));
    }

    @Test
    void predefinedEntitiesCharacterReferencesAndCdataAreText() {
      assertEquals(
          json("{\"message\": \"a & b <c> <d> & e \\u00e9\\ud83d\\ude00\"}"),
          readOrFail("<message>a &amp; b &lt;c&gt; <![CDATA[<d> & e]]> &#233;&#x1F600;</message>"));
    }

    @Test
    void typedTextMaySitBetweenWhitespace() {
      assertEquals(
          json("{\"timer\": {\"id\": 5, \"inherited\": true, \"rate\": 1.5}}"),
          readOrFail(
              "<timer><id type=\"integer\">\n"
                  + "  5\n"
                  + "</id><inherited type=\"boolean\"> true </inherited><rate type=\"float\">1.5"
                  + " </rate></timer>"));
    }

    @Test
    void integersBecomeTheNodesJacksonWouldParse() throws IOException {
      String numbers = "{\"a\": 2147483647, \"b\": 2147483648, \"c\": -9223372036854775809}";

      JsonNode read =
          readOrFail(
              "<n><a type=\"integer\">2147483647</a><b type=\"integer\">2147483648</b>"
                  + "<c type=\"integer\">-9223372036854775809</c></n>");

      assertEquals(MAPPER.readTree(numbers), read.get("n"));
    }

    @Test
    void emptyArraysInAnySpelling() {
      assertEquals(
          json("{\"number\": {\"a\": [], \"b\": [], \"c\": []}}"),
          readOrFail(
              "<number><a type=\"array\"/><b type=\"array\"></b><c type=\"array\">\n"
                  + "  </c></number>"));
    }

    @Test
    void anArrayRootIsTheListWhateverItsName() {
      assertEquals(json("[]"), readOrFail("<nil-classes type=\"array\"/>"));
    }

    @Test
    void nilWinsOverTypeAndNilFalseIsNoNil() {
      assertEquals(
          json("{\"menu_option\": {\"target_cid\": null, \"id\": 3}}"),
          readOrFail(
              "<menu-option><target-cid type=\"integer\" nil=\"true\"></target-cid>"
                  + "<id type=\"integer\" nil=\"false\">3</id></menu-option>"));
    }

    @Test
    void nestedAttributeItemsReadBareWhateverTheirElementName() {
      assertEquals(
          json("{\"number\": {\"timers_attributes\": [{\"seconds\": 5}, {\"seconds\": 9}]}}"),
          readOrFail(
              "<number><timers-attributes type=\"array\"><timer><seconds"
                  + " type=\"integer\">5</seconds></timer><item><seconds"
                  + " type=\"integer\">9</seconds></item></timers-attributes></number>"));
    }

    @Test
    void commentsAndAByteOrderMarkAreIgnored() {
      assertEquals(
          json("{\"number\": {\"sid\": \"ab\"}}"),
          readOrFail(
              "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- a --><number><!-- b -->"
                  + "<sid>a<!-- c -->b</sid></number><!-- d -->"));
    }
  }

  @Nested
  class Rejections {

    static Stream<Arguments> refused() {
      return Stream.of(
          Arguments.of(
              "<number>abc<sid>x</sid></number>",
              "element <number> at line 1, column 9: text mixed with child elements"),
          Arguments.of(
              "<number><sid>x</sid>abc</number>",
              "element <number> at line 1, column 9: text mixed with child elements"),
          Arguments.of(
              "<number><sid>a</sid>\n<sid>b</sid></number>",
              "element <number> at line 1, column 9: <sid> at line 2, column 6 appears twice;"
                  + " repeated elements belong inside an element with type=\"array\""),
          Arguments.of(
              "<number><toll-free>a</toll-free><toll_free>b</toll_free></number>",
              "<toll_free> at line 1, column 44 appears twice"),
          Arguments.of(
              "<id type=\"integer\"><x>1</x></id>",
              "element <id> at line 1, column 20: type=\"integer\" cannot hold child elements"),
          Arguments.of(
              "<number><id type=\"integer\">abc</id></number>",
              "element <id> at line 1, column 28: type=\"integer\" needs a whole number, got"
                  + " \"abc\""),
          Arguments.of(
              "<number><id type=\"integer\"></id></number>",
              "type=\"integer\" needs a whole number, got \"\""),
          Arguments.of(
              "<n><id type=\"integer\">1.5</id></n>", "type=\"integer\" needs a whole number"),
          Arguments.of(
              "<n><id type=\"integer\">" + "9".repeat(1001) + "</id></n>",
              "type=\"integer\" needs a whole number, got"
                  + " \"9999999999999999999999999999999999999999...\""),
          Arguments.of(
              "<n><x type=\"float\">NaN</x></n>",
              "type=\"float\" needs a finite decimal number, got \"NaN\""),
          Arguments.of("<n><x type=\"float\">1e999</x></n>", "needs a finite decimal number"),
          Arguments.of("<n><x type=\"float\">0x10</x></n>", "needs a finite decimal number"),
          Arguments.of(
              "<n><x type=\"boolean\">yes</x></n>",
              "type=\"boolean\" needs true or false, got \"yes\""),
          Arguments.of(
              "<n><x type=\"date\">2012-05-03</x></n>",
              "element <x> at line 1, column 19: unknown type=\"date\""
                  + " (known: array, integer, float, boolean, datetime)"),
          Arguments.of(
              "<number><sid foo=\"1\">x</sid></number>",
              "element <sid> at line 1, column 22: the attribute foo is not part of the Rails XML"
                  + " format (only type and nil are)"),
          Arguments.of(
              "<number nil=\"true\"/>",
              "the root element <number> at line 1, column 21 may carry only a type attribute, not"
                  + " nil"),
          Arguments.of(
              "<number xmlns=\"urn:x\"><sid>x</sid></number>",
              "element <number> at line 1, column 23: namespaces are not part of the Rails XML"
                  + " format"),
          Arguments.of(
              "<number xmlns:x=\"urn:x\"><sid x:type=\"integer\">1</sid></number>",
              "namespaces are not part of the Rails XML format"),
          Arguments.of(
              "<?xml-stylesheet href=\"a.xsl\"?><number/>",
              "the processing instruction <?xml-stylesheet?> at line 1, column 37 is refused:"
                  + " only the XML declaration may appear"),
          Arguments.of("<number><?php x ?></number>", "the processing instruction <?php?>"),
          Arguments.of("<number/><?php x ?>", "the processing instruction <?php?>"),
          Arguments.of(
              "<?xml version=\"1.1\"?><number/>",
              "XML version 1.1 is refused: the format is XML 1.0"),
          Arguments.of(
              "<number>\n  <sid>x</sid>\n  <afid>y</number>",
              "malformed XML at line 3, column 12: The element type \"afid\" must be terminated"),
          Arguments.of("", "malformed XML at line 1, column 1: Premature end of file."),
          Arguments.of("<number/>junk", "malformed XML at line 1, column 10"),
          Arguments.of(
              "<number><sid>&#1;</sid></number>",
              "malformed XML at line 1, column 18: Character reference \"&#1\" is an invalid"),
          Arguments.of(
              "<timers type=\"array\">oops<timer/></timers>",
              "element <timers> at line 1, column 22: an array holds only elements, not the text"
                  + " \"oops\""),
          Arguments.of(
              "<n><sid nil=\"true\">x</sid></n>",
              "element <sid> at line 1, column 20: nil=\"true\" cannot hold content"),
          Arguments.of("<n><sid nil=\"true\"><a/></sid></n>", "nil=\"true\" cannot hold content"),
          Arguments.of(
              "<n><sid nil=\"yes\"/></n>", "nil must be \"true\" or \"false\", not \"yes\""));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesWithAMessageSayingWhatAndWhere(String xml, String expectedMessage) {
      String message = rejection(xml);

      assertTrue(message.contains(expectedMessage), () -> "message was: " + message);
    }

    @Test
    void thirtyTwoLevelsAreReadAndThirtyThreeAreRefused() {
      assertEquals(
          JsonNodeFactory.instance.objectNode().set("a", nested(31, text("x"))),
          readOrFail(nestedXml(32)));

      assertEquals(
          "XML nested deeper than 32 elements is refused: element <a> at line 1, column 100",
          rejection(nestedXml(33)));
    }

    @Test
    void hugeNestingIsRefusedWithoutOverflowingTheStack() {
      assertTrue(rejection(nestedXml(200_000)).startsWith("XML nested deeper than 32 elements"));
    }

    private String nestedXml(int depth) {
      return "<a>".repeat(depth) + "x" + "</a>".repeat(depth);
    }
  }

  @Nested
  class Security {

    private static final String SECRET = "s3cr3t-" + System.nanoTime();

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(
        strings = {
          "<!DOCTYPE number [<!ENTITY xxe SYSTEM \"%s\">]><number><sid>&xxe;</sid></number>",
          "<!DOCTYPE number [<!ENTITY xxe SYSTEM \"%s\">]><number><sid>x</sid></number>",
          "<!DOCTYPE number [<!ENTITY %% p SYSTEM \"%s\"> %%p;]><number><sid>&q;</sid></number>",
          "<!DOCTYPE number SYSTEM \"%s\"><number><sid>&xxe;</sid></number>",
          "<?xml version=\"1.0\"?>\n<!DOCTYPE number PUBLIC \"-//A//B\" \"%s\"><number/>"
        })
    void aFileEntityOrDtdIsRefusedAndItsSecretNeverAppears(String template) throws IOException {
      String xml = template.formatted(secretFile().toUri());

      XmlRejectedException e = assertThrows(XmlRejectedException.class, () -> RailsXml.read(xml));

      assertTrue(e.getMessage().startsWith("XML with a DTD is refused: "), e.getMessage());
      assertSecretAbsent(e);
    }

    @Test
    void theFileTrapWorks_aPermissiveParserLeaksTheSecret() throws Exception {
      String xml =
          "<!DOCTYPE number [<!ENTITY xxe SYSTEM \"%s\">]><number>&xxe;</number>"
              .formatted(secretFile().toUri());

      assertTrue(permissiveRead(xml).contains(SECRET));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "<!DOCTYPE number SYSTEM \"%s\"><number/>",
          "<!DOCTYPE number [<!ENTITY xxe SYSTEM \"%s\">]><number>&xxe;</number>",
          "<!DOCTYPE number [<!ENTITY %% p SYSTEM \"%s\"> %%p;]><number/>",
        })
    void anHttpEntityOrDtdIsRefusedAndNothingConnects(String template) throws Exception {
      try (ConnectionTrap trap = new ConnectionTrap()) {
        String xml = template.formatted(trap.url());

        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> rejection(xml));

        assertTrue(message.startsWith("XML with a DTD is refused: "), message);
        assertEquals(0, trap.connections(), "connections to " + trap.url());
      }
    }

    @Test
    void theHttpTrapWorks_aPermissiveParserConnects() throws Exception {
      try (ConnectionTrap trap = new ConnectionTrap()) {
        String xml =
            "<!DOCTYPE number [<!ENTITY xxe SYSTEM \"%s\">]><number>&xxe;</number>"
                .formatted(trap.url());

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> permissiveRead(xml));

        assertTrue(trap.connections() > 0, "the JDK's URL loader connects, and may retry");
      }
    }

    @Test
    void internalEntityExpansionIsRefusedQuickly() {
      StringBuilder xml = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
      for (int i = 1; i <= 9; i++) {
        xml.append("<!ENTITY lol%d \"%s\">".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
      }
      xml.append("]><lolz>&lol9;</lolz>");

      String message =
          assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejection(xml.toString()));

      assertTrue(
          message.startsWith("XML with a DTD is refused: a document type declaration at line 1"),
          message);
    }

    @Test
    void anEntityReferenceWithoutADtdIsRefused() {
      assertTrue(
          rejection("<number><sid>&xxe;</sid></number>")
              .startsWith(
                  "XML with a DTD is refused: the entity reference &xxe; at line 1, column 19"));
    }

    @Test
    void xincludeIsNotFollowed() throws IOException {
      String xml =
          ("<number xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                  + "<xi:include href=\"%s\" parse=\"text\"/></number>")
              .formatted(secretFile().toUri());

      XmlRejectedException e = assertThrows(XmlRejectedException.class, () -> RailsXml.read(xml));

      assertTrue(e.getMessage().contains("namespaces are not part of the Rails XML format"));
      assertSecretAbsent(e);
    }

    private Path secretFile() throws IOException {
      Path file = dir.resolve("secret.txt");
      Files.writeString(file, SECRET);
      return file;
    }

    private void assertSecretAbsent(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t).contains(SECRET), "leaked in " + t);
      }
    }

    /** What an XML parser left at its defaults does with the same document, to prove the traps. */
    private String permissiveRead(String xml) {
      StringBuilder text = new StringBuilder();
      try {
        XMLStreamReader reader =
            XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(xml));
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamReader.CHARACTERS) {
            text.append(reader.getText());
          }
        }
      } catch (Exception e) {
        text.append(e);
      }
      return text.toString();
    }
  }

  @Nested
  class WriterRefusals {

    @Test
    void refusesValuesWithoutAFaithfulXmlForm() {
      assertAll(
          () -> assertWriteRefused("{\"greeting\": {}}", "\"greeting\" holds an empty object"),
          () -> assertWriteRefused("{\"toll-free\": true}", "the JSON key \"toll-free\" has no"),
          () -> assertWriteRefused("{\"1st\": 1}", "the JSON key \"1st\" has no"),
          () -> assertWriteRefused("{\"\": 1}", "the JSON key \"\" has no"),
          () -> assertWriteRefused("{\"a b\": 1}", "the JSON key \"a b\" has no"),
          () -> assertWriteRefused("{\"_x\": 1}", "the JSON key \"_x\" has no"),
          () ->
              assertWriteRefused(
                  "{\"sid\": \"a\\u0000b\"}", "\"sid\" holds the character U+0000, which XML 1.0"),
          () -> assertWriteRefused("{\"sid\": \"\\ud800\"}", "holds the character U+D800"),
          () -> assertWriteRefused("{\"sid\": \"\\uffff\"}", "holds the character U+FFFF"),
          () ->
              assertWriteRefused(
                  nested(RailsXml.MAX_DEPTH, text("x")).toString(),
                  "the JSON nests deeper than 32 elements"));
    }

    @Test
    void refusesNonFiniteNumbers() {
      ObjectNode value = JsonNodeFactory.instance.objectNode().put("x", Double.NaN);

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RailsXml.write("n", value));

      assertEquals("\"x\" holds NaN, which is not a number XML can carry", e.getMessage());
    }

    @Test
    void refusesAnInvalidRootName() {
      assertThrows(IllegalArgumentException.class, () -> RailsXml.write("my number", text("x")));
    }

    private void assertWriteRefused(String valueJson, String expectedMessage) {
      JsonNode value = json(valueJson);

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RailsXml.write("root", value));

      assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
    }
  }

  @Nested
  class BoundedWork {

    @Test
    void largeDocumentsAreReadInLinearTime() {
      ArrayNode many = JsonNodeFactory.instance.arrayNode();
      JsonNode number = docsExample("create-response.json");
      for (int i = 0; i < 5_000; i++) {
        many.add(number);
      }
      String list = RailsXml.write("numbers", many);
      String wideObject = "<n>" + wideChildren(200_000) + "</n>";
      String longText = "<sid>" + "x".repeat(8_000_000) + "</sid>";
      String longWhitespaceThenChildren =
          "<n>" + " ".repeat(4_000_000) + wideChildren(100_000) + "</n>";

      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () -> {
            assertEquals(many, RailsXml.read(list));
            assertEquals(200_000, RailsXml.read(wideObject).get("n").size());
            assertEquals(8_000_000, RailsXml.read(longText).get("sid").textValue().length());
            assertEquals(100_000, RailsXml.read(longWhitespaceThenChildren).get("n").size());
          });
    }

    private String wideChildren(int count) {
      StringBuilder xml = new StringBuilder();
      for (int i = 0; i < count; i++) {
        xml.append("<a").append(i).append(">x</a").append(i).append('>');
      }
      return xml.toString();
    }
  }

  /** A local port that counts connections and hangs up on each at once. */
  private static final class ConnectionTrap implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor = new Thread(this::acceptAll, "connection-trap");

    ConnectionTrap() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
    }

    int connections() {
      return connections.get();
    }

    private void acceptAll() {
      while (!server.isClosed()) {
        try (Socket ignored = server.accept()) {
          connections.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    }

    @Override
    public void close() throws Exception {
      server.close();
      acceptor.join(1000);
    }
  }

  private static JsonNode docsExample(String name) {
    try (InputStream in = RailsXmlTest.class.getResourceAsStream("/docs-examples/" + name)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The docs' GET example with each bare timer wrapped as {"timer": ...}, as the POST one has them.
   */
  private static JsonNode withTimersWrapped(JsonNode doc) {
    JsonNode copy = doc.deepCopy();
    ArrayNode timers = (ArrayNode) copy.at("/number/timers");
    for (int i = 0; i < timers.size(); i++) {
      assertFalse(timers.get(i).has("timer"), "the docs' GET example has bare timers");
      timers.set(i, JsonNodeFactory.instance.objectNode().set("timer", timers.get(i)));
    }
    return copy;
  }

  /** {"a": {"a": ... leaf}} with {@code levels} objects. */
  private static JsonNode nested(int levels, JsonNode leaf) {
    JsonNode value = leaf;
    for (int i = 0; i < levels; i++) {
      value = JsonNodeFactory.instance.objectNode().set("a", value);
    }
    return value;
  }

  private static JsonNode text(String value) {
    return JsonNodeFactory.instance.textNode(value);
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode readOrFail(String xml) {
    try {
      return RailsXml.read(xml);
    } catch (XmlRejectedException e) {
      throw new AssertionError("refused: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static String rejection(String xml) {
    return assertThrows(XmlRejectedException.class, () -> RailsXml.read(xml)).getMessage();
  }
}
