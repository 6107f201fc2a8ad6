package io.numberstoolkit.simulator.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Whether this machine has IPv6 loopback, found out by binding ::1, never assumed. */
public final class Ipv6Loopback {
  private Ipv6Loopback() {}

  public static boolean available() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
