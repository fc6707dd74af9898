package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;

/** A secret scalar x and its public point x*G. */
public record KeyPair(BigInteger secret, ECPoint publicKey) {

  public static KeyPair generate(SecureRandom random) {
    return fromSecret(Group.randomScalar(random));
  }

  public static KeyPair fromSecret(BigInteger secret) {
    if (secret.signum() <= 0 || secret.compareTo(Group.ORDER) >= 0) {
      throw new CryptoRefusal("a secret key lies in 1..n-1");
    }
    return new KeyPair(secret, Group.base(secret).normalize());
  }

  @Override
  public String toString() {
    return "KeyPair[publicKey=" + Group.pointHex(publicKey) + "]";
  }
}
