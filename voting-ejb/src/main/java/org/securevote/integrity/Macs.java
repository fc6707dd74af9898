package org.securevote.integrity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, and comparing MACs in constant time. */
public final class Macs {
  private Macs() {}

  public static byte[] hmacSha256(byte[] key, byte[] data) {
    return hmacSha256(key).doFinal(data);
  }

  /** A MAC ready for many messages under one key (each doFinal resets it); not thread-safe. */
  public static Mac hmacSha256(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  public static String hmacSha256Hex(byte[] key, byte[] data) {
    return HexFormat.of().formatHex(hmacSha256(key, data));
  }

  public static boolean sameHex(String a, String b) {
    return a != null && b != null && MessageDigest.isEqual(Signing.utf8(a), Signing.utf8(b));
  }
}
