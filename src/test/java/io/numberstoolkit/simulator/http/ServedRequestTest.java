package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServedRequestTest {
  @Test
  void ipv6AddressesAreWrittenShortAsPeopleWriteThem() {
    assertEquals("::1", ServedRequest.shortIpv6("0:0:0:0:0:0:0:1"));
    assertEquals("::", ServedRequest.shortIpv6("0:0:0:0:0:0:0:0"));
    assertEquals("fe80::1:2", ServedRequest.shortIpv6("fe80:0:0:0:0:0:1:2"));
    assertEquals("2001:db8::1:0:0:1", ServedRequest.shortIpv6("2001:0db8:0:0:1:0:0:1"), "the first of two equal runs");
    assertEquals("2001:db8:0:1:1:1:1:1", ServedRequest.shortIpv6("2001:db8:0:1:1:1:1:1"), "one zero group stays");
    assertEquals("1::", ServedRequest.shortIpv6("1:0:0:0:0:0:0:0"));
    assertEquals("127.0.0.1", ServedRequest.shortIpv6("127.0.0.1"));
  }
}
