package org.saywho.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostsTest {

  @ParameterizedTest(name = "{0} private: {1}")
  @CsvSource(textBlock = """
      127.0.0.1, true
      10.1.2.3, true
      172.16.0.1, true
      192.168.1.1, true
      169.254.169.254, true
      100.64.0.1, true
      0.0.0.0, true
      224.0.0.1, true
      ::1, true
      fd12:3456::1, true
      fe80::1, true
      ::ffff:127.0.0.1, true
      8.8.8.8, false
      93.184.216.34, false
      2001:4860:4860::8888, false
      """)
  void isPrivate_refusesTheMachinesOwnNetworksOnly(String address, boolean expected) throws Exception {
    assertThat(Hosts.isPrivate(InetAddress.getByName(address))).isEqualTo(expected);
  }
}
