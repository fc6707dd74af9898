package org.securevote.tools.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.util.encoders.Hex;
import org.securevote.tools.crypto.CoefficientCommitments;
import org.securevote.tools.crypto.Group;

/**
 * SHA-256 over one canonical encoding of the ceremony's public part: the public files travel
 * through the server, which could give each trustee other trustees' keys of its own making. Only
 * trustees who compared this value with each other out of band know they hold the same files.
 *
 * <p>Encoding: each field as a 4-byte big-endian length and its bytes, in this order: the tag, the
 * election id (UTF-8), n and k (4 bytes each), then for trustees 1..n the transport key T_i and the
 * commitments C_i0..C_i(k-1) (33-byte compressed points).
 */
public record CeremonyFingerprint(String hex) {
  public static final String TAG = "securevote/v1/ceremony-fingerprint";
  private static final int GROUP = 4;

  public static CeremonyFingerprint of(Ceremony ceremony, List<PublicFile> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    field(bytes, TAG.getBytes(StandardCharsets.UTF_8));
    field(bytes, ceremony.electionId().getBytes(StandardCharsets.UTF_8));
    field(bytes, uint32(ceremony.trustees()));
    field(bytes, uint32(ceremony.threshold()));
    for (PublicFile file : files) {
      field(bytes, Group.encodePoint(file.key().key()));
      for (CoefficientCommitments.Commitment c : file.commitments().commitments()) {
        field(bytes, Group.encodePoint(c.point()));
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
      return new CeremonyFingerprint(Hex.toHexString(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * As typed: hex in any case, its groups split by spaces or hyphens, or not split at all.
   *
   * @throws IllegalArgumentException if it is not 64 hex digits
   */
  public static CeremonyFingerprint parse(String typed) {
    String hex = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("takes the 64 hex digits the tool printed");
    }
    return new CeremonyFingerprint(hex);
  }

  /** Groups of four hex digits, easy to read out over the phone. */
  public String grouped() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hex.length(); i += GROUP) {
      out.append(i == 0 ? "" : " ").append(hex, i, i + GROUP);
    }
    return out.toString();
  }

  private static void field(ByteArrayOutputStream out, byte[] value) {
    out.writeBytes(uint32(value.length));
    out.writeBytes(value);
  }

  private static byte[] uint32(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }
}
