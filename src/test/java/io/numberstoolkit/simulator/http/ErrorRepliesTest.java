package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.contract.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorRepliesTest {
  @Test
  void aRefusalInJsonCarriesStatusReasonMessageAndViolationsSortedByPointer() {
    ApiException refusal = new ApiException(422, "/number/cid: is required", List.of(
        new Violation("/number/type", "enum", "must be Local or Toll-free"),
        new Violation("/number/cid", "required", "is required")));
    Reply reply = ErrorReplies.of(refusal, Format.JSON);
    assertEquals(422, reply.status());
    assertEquals(Map.of("Content-Type", "application/json; charset=utf-8"), reply.headers());
    assertEquals("{\"error\":{\"status\":422,\"reason\":\"Unprocessable Entity\",\"message\":\"/number/cid: is required\","
        + "\"violations\":[{\"violation\":{\"pointer\":\"/number/cid\",\"rule\":\"required\",\"message\":\"is required\"}},"
        + "{\"violation\":{\"pointer\":\"/number/type\",\"rule\":\"enum\",\"message\":\"must be Local or Toll-free\"}}]}}",
        text(reply));
  }

  @Test
  void withoutViolationsTheListIsLeftOutAndTheRefusalsHeadersAreKept() {
    ApiException refusal = new ApiException(405, "DELETE is not allowed", List.of(), Map.of("Allow", "GET, POST"));
    Reply reply = ErrorReplies.of(refusal, Format.JSON);
    assertEquals("GET, POST", reply.headers().get("Allow"));
    assertEquals("{\"error\":{\"status\":405,\"reason\":\"Method Not Allowed\",\"message\":\"DELETE is not allowed\"}}",
        text(reply));
  }

  @Test
  void inXmlTheErrorIsTheRootElement() {
    Reply reply = ErrorReplies.of(404, "no number with id 9", Format.XML);
    assertEquals("text/xml; charset=utf-8", reply.headers().get("Content-Type"));
    String xml = text(reply);
    assertEquals(true, xml.contains("<error>"), xml);
    assertEquals(true, xml.contains("<status type=\"integer\">404</status>"), xml);
    assertEquals(true, xml.contains("<reason>Not Found</reason>"), xml);
    assertEquals(true, xml.contains("<message>no number with id 9</message>"), xml);
    assertEquals(false, xml.contains("violations"), xml);
  }

  @Test
  void aStatusWithoutAKnownReasonSaysError() {
    assertEquals("{\"error\":{\"status\":499,\"reason\":\"Error\",\"message\":\"m\"}}",
        text(ErrorReplies.of(499, "m", Format.JSON)));
  }

  @Test
  void anyOtherRegisteredStatusHasItsReason() {
    assertEquals("{\"error\":{\"status\":502,\"reason\":\"Bad Gateway\",\"message\":\"m\"}}",
        text(ErrorReplies.of(502, "m", Format.JSON)));
  }

  @Test
  void aFailureOfOursIs500NamingOnlyTheExceptionsClass() {
    Reply reply = ErrorReplies.failure(new IllegalStateException("secret detail"), "GET", "/numbers.json", Format.JSON);
    assertEquals(500, reply.status());
    assertEquals("{\"error\":{\"status\":500,\"reason\":\"Internal Server Error\","
        + "\"message\":\"the simulator failed: IllegalStateException\"}}", text(reply));
  }

  @Test
  void anUnreadableRequestIs400WithTheRootCause() {
    Exception wrapped = new RuntimeException(new UncheckedIOException(new IOException("Not in GZIP format")));
    assertEquals("{\"error\":{\"status\":400,\"reason\":\"Bad Request\","
        + "\"message\":\"the request cannot be read: Not in GZIP format\"}}",
        text(ErrorReplies.unreadable(wrapped, Format.JSON)));
    assertEquals("{\"error\":{\"status\":400,\"reason\":\"Bad Request\","
        + "\"message\":\"the request cannot be read: IllegalStateException\"}}",
        text(ErrorReplies.unreadable(new IllegalStateException(), Format.JSON)));
  }

  private static String text(Reply reply) {
    return new String(reply.body(), StandardCharsets.UTF_8);
  }
}
