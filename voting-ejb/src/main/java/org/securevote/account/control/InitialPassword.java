package org.securevote.account.control;

import java.security.SecureRandom;
import java.util.Base64;

/** A random password for an account that nobody has chosen one for yet. */
public final class InitialPassword {
  private static final SecureRandom RANDOM = new SecureRandom();

  private InitialPassword() {}

  /** 18 random bytes: 144 bits, printed as 24 URL-safe characters. */
  public static String generate() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
