package org.securevote.access.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.jose4j.keys.EllipticCurves;

/**
 * The ES256 (P-256) key pair that signs auditor tokens, derived deterministically from a 32-byte
 * server secret, so every cluster member signs and verifies alike and no key file is needed.
 */
public final class TokenKey {
  private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

  private final ECPrivateKey privateKey;
  private final ECPublicKey publicKey;

  private TokenKey(ECPrivateKey privateKey, ECPublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** The key whose private scalar is the secret reduced into [1, n-1]. */
  public static TokenKey fromSecret(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("A token key needs a 32-byte secret");
    }
    BigInteger order = P256.getN();
    BigInteger d =
        new BigInteger(1, secret).mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    org.bouncycastle.math.ec.ECPoint q =
        new FixedPointCombMultiplier().multiply(P256.getG(), d).normalize();
    try {
      KeyFactory ec = KeyFactory.getInstance("EC");
      ECPrivateKey privateKey =
          (ECPrivateKey) ec.generatePrivate(new ECPrivateKeySpec(d, EllipticCurves.P256));
      ECPublicKey publicKey =
          (ECPublicKey)
              ec.generatePublic(
                  new ECPublicKeySpec(
                      new ECPoint(
                          q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()),
                      EllipticCurves.P256));
      return new TokenKey(privateKey, publicKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make P-256 keys", e);
    }
  }

  ECPrivateKey privateKey() {
    return privateKey;
  }

  public ECPublicKey publicKey() {
    return publicKey;
  }
}
