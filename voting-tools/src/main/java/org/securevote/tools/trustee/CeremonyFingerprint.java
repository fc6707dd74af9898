package org.securevote.tools.trustee;

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
record CeremonyFingerprint(String hex) {
  static final String TAG = "securevote/v1/ceremony-fingerprint";
  static final String OPTION = "fingerprint";
  private static final int GROUP = 4;

  static CeremonyFingerprint of(Ceremony ceremony, List<PublicFile> files) {
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

  /** As typed: hex in any case, its groups split by spaces or hyphens, or not split at all. */
  static CeremonyFingerprint parse(String typed) {
    String hex = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new UsageFailure("--" + OPTION + " takes the 64 hex digits the tool printed");
    }
    return new CeremonyFingerprint(hex);
  }

  /**
   * Lets a command act only with the fingerprint its trustee confirmed with the others out of band.
   * Without --fingerprint it prints this one and stops; with another it refuses. `notDone` says
   * what was therefore not done.
   */
  void requireConfirmed(Arguments args, Session session, String notDone) {
    var typed = args.optional(OPTION);
    if (typed.isEmpty()) {
      session.out().println("ceremony fingerprint: " + grouped());
      session
          .out()
          .println(
              "Compare it with every other trustee out of band (by phone or in person, never"
                  + " through the server). If all of you have the same, run again with --"
                  + OPTION
                  + " \""
                  + grouped()
                  + "\"");
      throw new ToolFailure(notDone + ": the ceremony fingerprint is not confirmed yet");
    }
    if (!parse(typed.get()).equals(this)) {
      throw new ToolFailure(
          "these public files give the ceremony fingerprint "
              + grouped()
              + ", not the one you confirmed: a public file differs from the one the other"
              + " trustees hold; "
              + notDone);
    }
  }

  /** Groups of four hex digits, easy to read out over the phone. */
  String grouped() {
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
