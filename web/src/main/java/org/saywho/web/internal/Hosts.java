package org.saywho.web.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetch may reach by default: public ones only. Loopback, private (RFC 1918,
 * IPv6 unique-local), link-local, carrier-grade NAT, multicast, unspecified and reserved addresses are
 * refused, so a URL cannot make SayWho reach into the machine's own network.
 */
public final class Hosts {

  private Hosts() {}

  /**
   * Whether {@code a} is an address on the machine or its private network.
   *
   * @param a a resolved address
   * @return true when a fetch must not reach it by default
   */
  public static boolean isPrivate(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      return first == 0 || first >= 240 // "this network", reserved and broadcast
          || first == 100 && second >= 64 && second < 128 // carrier-grade NAT
          || first == 192 && second == 0 && (b[2] & 0xFF) == 0 // IETF protocol assignments
          || first == 198 && (second == 18 || second == 19); // benchmarking
    }
    if (a instanceof Inet6Address) {
      return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
    }
    return false;
  }
}
