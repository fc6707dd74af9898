package org.securevote.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of IPv4 and IPv6 ranges in CIDR notation, such as {@code 10.0.0.0/8, 2001:db8::/32}. An
 * empty list stands for "no restriction". Addresses are only ever parsed as literals, never looked
 * up by name.
 */
public final class NetworkRanges {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  private final List<Range> ranges;
  private final String text;

  private NetworkRanges(List<Range> ranges, String text) {
    this.ranges = List.copyOf(ranges);
    this.text = text;
  }

  /** An entry that is not a range, with the words that say so (in English as its message). */
  public static final class NotARange extends UnfitArgument {
    private static final long serialVersionUID = 1L;

    NotARange(Text text) {
      super(text);
    }
  }

  /**
   * Parses ranges separated by commas or white space.
   *
   * @throws NotARange naming the first entry that is not a range
   */
  public static NetworkRanges parse(String text) {
    List<Range> ranges = new ArrayList<>();
    List<String> canonical = new ArrayList<>();
    String trimmed = text == null ? "" : text.strip();
    if (!trimmed.isEmpty()) {
      for (String entry : SEPARATORS.split(trimmed)) {
        Range range = Range.parse(entry);
        ranges.add(range);
        canonical.add(entry);
      }
    }
    return new NetworkRanges(ranges, String.join(", ", canonical));
  }

  /** True when no range is configured, so nothing is restricted. */
  public boolean unrestricted() {
    return ranges.isEmpty();
  }

  /** Whether the address is in one of the ranges; false for anything that is not an address. */
  public boolean contains(String address) {
    return address(address).map(a -> ranges.stream().anyMatch(r -> r.contains(a))).orElse(false);
  }

  /** Whether the list allows the address: it is unrestricted or contains the address. */
  public boolean admits(String address) {
    return unrestricted() || contains(address);
  }

  /** The ranges as entered, separated by ", ". */
  @Override
  public String toString() {
    return text;
  }

  /** An IP address literal parsed without any name lookup. */
  public static Optional<InetAddress> address(String literal) {
    if (literal == null) {
      return Optional.empty();
    }
    String s = literal.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    boolean v6 = s.indexOf(':') >= 0;
    if (!(v6 ? IPV6 : IPV4).matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      // Brackets make the JDK refuse a malformed IPv6 literal instead of looking it up as a name.
      return Optional.of(InetAddress.getByName(v6 ? "[" + s + "]" : s));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private record Range(byte[] network, int prefix) {
    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      String host = slash < 0 ? entry : entry.substring(0, slash);
      InetAddress address =
          address(host)
              .orElseThrow(() -> new NotARange(Text.of("election.networks.notARange", entry)));
      int bits = address.getAddress().length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        prefix = -1;
      }
      if (prefix < 0 || prefix > bits) {
        throw new NotARange(Text.of("election.networks.prefix", entry, bits));
      }
      return new Range(address.getAddress(), prefix);
    }

    boolean contains(InetAddress candidate) {
      byte[] bytes = candidate.getAddress();
      if (bytes.length != network.length) {
        return false; // IPv4-mapped IPv6 addresses already arrive as IPv4
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (bytes[full] & mask) == (network[full] & mask);
    }
  }
}
