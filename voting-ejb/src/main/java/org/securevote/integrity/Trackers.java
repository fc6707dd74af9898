package org.securevote.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.securevote.tools.crypto.Tracker;

/** Hashes, and the short readable form of a ballot's tracker that voters see and look up. */
public final class Trackers {
  // Crockford's base32: no I, L, O or U, so a tracker read aloud or retyped stays unambiguous.
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final String SYMBOL = "[" + new String(ALPHABET) + "]{5}";
  private static final Pattern WELL_FORMED = Pattern.compile(SYMBOL + "-" + SYMBOL + "-" + SYMBOL);

  private Trackers() {}

  /**
   * e.g. {@code 7KQ2M-XR9PA-4HC0T}: the first 75 bits of a tracker digest, as voting-tools' {@link
   * Tracker#shortForm(byte[])} gives them (one definition for server, tool and verifier).
   */
  public static String shortForm(byte[] digest) {
    return Tracker.shortForm(digest);
  }

  /** Upper-cases and maps look-alike letters, so a retyped tracker matches. */
  public static String normalize(String typed) {
    if (typed == null) {
      return "";
    }
    String compact =
        typed.strip().toUpperCase().replace('O', '0').replace('I', '1').replace('L', '1');
    return compact.replaceAll("[^0-9A-Z]", "").replaceAll("(.{5})(?!$)", "$1-");
  }

  /** Whether a normalized tracker has the shape of one: three groups of five symbols. */
  public static boolean wellFormed(String normalized) {
    return normalized != null && WELL_FORMED.matcher(normalized).matches();
  }

  public static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256Hex(byte[] data) {
    return HexFormat.of().formatHex(sha256(data));
  }
}
