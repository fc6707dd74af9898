package org.securevote.integrity;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Identifiers that carry nothing but 128 random bits: no order, no time, no counter. */
public final class RandomIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomIds() {}

  /** 32 lower-case hex characters. */
  public static String next() {
    return HexFormat.of().formatHex(bytes(16));
  }

  public static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  public static boolean isWellFormed(String id) {
    return id != null && id.matches("[0-9a-f]{32}");
  }
}
