package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.store.NumberChanges.AudioUpload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
  private static final long MAX = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonIsReadAsItIs() throws Exception {
    RequestBody body = read("application/json",
        "{\"number\": {\"afid\": \"0002\", \"timers_attributes\": [{\"seconds\": 5}]}, \"api_key\": \"k\"}");
    assertJson("{\"number\": {\"afid\": \"0002\", \"timers_attributes\": [{\"seconds\": 5}]},"
        + " \"api_key\": \"k\"}", body);
    assertNull(body.audio());
  }

  @Test
  void railsXmlIsReadWithTheSchemasIntegersAndBooleansTyped() throws Exception {
    RequestBody body = read("application/xml",
        "<number><afid>0002</afid><destroy_nested>true</destroy_nested>"
            + "<timers_attributes type=\"array\"><timer><seconds>5</seconds></timer></timers_attributes></number>");
    assertJson("{\"number\": {\"afid\": \"0002\", \"destroy_nested\": true,"
        + " \"timers_attributes\": [{\"seconds\": 5}]}}", body);
  }

  @Test
  void aUrlencodedFormWithRailsStyleKeysBecomesTheSameTree() throws Exception {
    RequestBody body = read("application/x-www-form-urlencoded",
        "number%5Bafid%5D=0002&number[sid]=a+b%26c&number[timers_attributes][0][seconds]=5"
            + "&number[timers_attributes][0][url]=http%3A%2F%2Fx&number[timers_attributes][1][seconds]=9&api_key=k");
    assertJson("{\"number\": {\"afid\": \"0002\", \"sid\": \"a b&c\", \"timers_attributes\":"
        + " [{\"seconds\": 5, \"url\": \"http://x\"}, {\"seconds\": 9}]}, \"api_key\": \"k\"}", body);
  }

  @Test
  void aFormThatSkipsArrayPositionsOrMixesListsAndFieldsIs400() {
    assertEquals(400, refusal("application/x-www-form-urlencoded", "number[timers_attributes][1][seconds]=5").status);
    assertEquals(400, refusal("application/x-www-form-urlencoded", "number[timers_attributes][0]=1&number[timers_attributes][x]=2").status);
    assertEquals(400, refusal("application/x-www-form-urlencoded", "number[afid]=%zz").status);
  }

  /**
   * Multipart bodies are split into parts by the server (Jetty) before the simulator sees them,
   * and WireMock's {@code ImmutableRequest} splits none, so these tests hand over parts directly.
   */
  @Test
  void multipartCarriesFieldsAndTheMessageFile() throws Exception {
    RequestBody body = RequestBody.multipart(List.of(
        FormPart.field("number[afid]", "0001"),
        FormPart.field("number[timers_attributes][0][seconds]", "5"),
        FormPart.file("number[message_file]", "hello.mp3", "audio/mpeg", new byte[10])));
    assertJson("{\"number\": {\"afid\": \"0001\", \"timers_attributes\": [{\"seconds\": 5}]}}", body);
    assertEquals(new AudioUpload("hello.mp3", "audio/mpeg", 10), body.audio());
  }

  @Test
  void aMessageFileAloneIsStillARequestAboutTheNumber() throws Exception {
    RequestBody body = RequestBody.multipart(List.of(FormPart.file("message_file", null, null, new byte[3])));
    assertJson("{\"number\": {}}", body);
    assertEquals(new AudioUpload("message_file", "application/octet-stream", 3), body.audio());
  }

  @Test
  void multipartTheServerCouldNotSplitIs400() {
    assertEquals(400, assertThrows(ApiException.class, () -> RequestBody.multipart(null)).status);
  }

  @Test
  void anEmptyBodyIsEmpty() throws ApiException {
    assertEquals(JSON.createObjectNode(), read("application/json", "").root());
  }

  @Test
  void whatNoParserReadsIs400AndTooMuchIs413() {
    assertEquals(400, refusal("application/json", "{\"number\": {}} trailing").status);
    assertEquals(400, refusal("application/json", "[1, 2]").status);
    assertEquals(400, refusal("application/xml", "<number><afid>1</number>").status);
    ApiException plain = refusal("text/plain", "afid=1");
    assertEquals(400, plain.status);
    assertEquals("the body is neither JSON nor XML nor a form (Content-Type text/plain)", plain.getMessage());
    ApiException big = assertThrows(ApiException.class, () -> RequestBody.of(
        Requests.of("POST", "/numbers.json").body("application/json", "{\"number\": {}}").build(), 5));
    assertEquals(413, big.status);
    assertEquals("the body has 14 bytes; this simulator takes at most 5", big.getMessage());
  }

  /** Compared as text: XML and forms give long integers where JSON gives ints, the same on the wire. */
  private static void assertJson(String expected, RequestBody body) throws Exception {
    assertEquals(JSON.readTree(expected).toString(), body.root().toString());
  }

  private static RequestBody read(String contentType, String body) throws ApiException {
    return RequestBody.of(Requests.of("POST", "/numbers.json")
        .body(contentType, body.getBytes(StandardCharsets.UTF_8)).build(), MAX);
  }

  private static ApiException refusal(String contentType, String body) {
    return assertThrows(ApiException.class, () -> read(contentType, body));
  }
}
