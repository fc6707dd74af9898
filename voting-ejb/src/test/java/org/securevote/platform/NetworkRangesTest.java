package org.securevote.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkRangesTest {
  @Test
  void ipv4RangeContainsItsAddressesOnly() {
    NetworkRanges ranges = NetworkRanges.parse("10.0.0.0/8, 192.168.1.0/25");
    assertTrue(ranges.contains("10.255.3.4"));
    assertTrue(ranges.contains("192.168.1.127"));
    assertFalse(ranges.contains("192.168.1.128"));
    assertFalse(ranges.contains("11.0.0.1"));
  }

  @Test
  void ipv6RangeContainsItsAddressesOnly() {
    NetworkRanges ranges = NetworkRanges.parse("2001:db8::/32\n::1");
    assertTrue(ranges.contains("2001:db8:ffff::1"));
    assertTrue(ranges.contains("[::1]"));
    assertTrue(ranges.contains("0:0:0:0:0:0:0:1"));
    assertFalse(ranges.contains("2001:db9::1"));
    assertFalse(ranges.contains("10.0.0.1"));
  }

  @Test
  void ipv4MappedIpv6AddressMatchesTheIpv4Range() {
    assertTrue(NetworkRanges.parse("10.0.0.0/8").contains("::ffff:10.1.2.3"));
  }

  @Test
  void singleAddressWithoutPrefixIsAHostRange() {
    NetworkRanges ranges = NetworkRanges.parse("127.0.0.1");
    assertTrue(ranges.contains("127.0.0.1"));
    assertFalse(ranges.contains("127.0.0.2"));
  }

  @Test
  void zeroPrefixContainsEveryAddressOfItsFamily() {
    NetworkRanges ranges = NetworkRanges.parse("0.0.0.0/0");
    assertTrue(ranges.contains("203.0.113.9"));
    assertFalse(ranges.contains("2001:db8::1"));
  }

  @Test
  void emptyListAdmitsEverythingButContainsNothing() {
    NetworkRanges ranges = NetworkRanges.parse("  ");
    assertTrue(ranges.unrestricted());
    assertTrue(ranges.admits("203.0.113.9"));
    assertFalse(ranges.contains("203.0.113.9"));
  }

  @Test
  void hostNamesAndGarbageAreNeverAddresses() {
    NetworkRanges ranges = NetworkRanges.parse("0.0.0.0/0, ::/0");
    assertFalse(ranges.contains("localhost"));
    assertFalse(ranges.contains("example.org"));
    assertFalse(ranges.contains("1.2.3"));
    assertFalse(ranges.contains(""));
    assertFalse(ranges.contains(null));
    assertFalse(ranges.contains("1.2.3.4, 5.6.7.8"));
    assertFalse(ranges.contains("ab.cd.ef.01"));
    assertFalse(ranges.contains("ab:cd:::ef"));
    assertFalse(ranges.contains("1.2.3.256"));
  }

  @Test
  void badEntriesAreRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NetworkRanges.parse("10.0.0.0/8, intranet"));
    assertEquals("\u201cintranet\u201d is not an IP range.", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NetworkRanges.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> NetworkRanges.parse("2001:db8::/129"));
    assertThrows(IllegalArgumentException.class, () -> NetworkRanges.parse("10.0.0.0/-1"));
    assertThrows(IllegalArgumentException.class, () -> NetworkRanges.parse("10.0.0.0/x"));
  }

  @Test
  void keepsTheRangesAsEntered() {
    assertEquals("10.0.0.0/8, ::1", NetworkRanges.parse(" 10.0.0.0/8 ,\n ::1 ").toString());
  }
}
