package org.securevote.tools.crypto;

import org.bouncycastle.math.ec.ECPoint;

/**
 * An exponential ElGamal ciphertext (A, B) = (r*G, m*G + r*K). Adding two ciphertexts adds their
 * messages, which is how the tally counts without opening a ballot.
 */
public record Ciphertext(ECPoint a, ECPoint b) {

  /** The sum of no ciphertexts: (O, O), the start of a tally. It has no wire encoding. */
  public static final Ciphertext ZERO = new Ciphertext(Group.INFINITY, Group.INFINITY);

  public Ciphertext add(Ciphertext other) {
    return new Ciphertext(a.add(other.a).normalize(), b.add(other.b).normalize());
  }

  public static Ciphertext sum(Iterable<Ciphertext> ciphertexts) {
    ECPoint a = Group.INFINITY;
    ECPoint b = Group.INFINITY;
    for (Ciphertext c : ciphertexts) {
      a = a.add(c.a);
      b = b.add(c.b);
    }
    return new Ciphertext(a.normalize(), b.normalize());
  }

  /** Both points as hex, A then B; each must be a finite point. */
  public static Ciphertext fromHex(String a, String b) {
    return new Ciphertext(Group.pointFromHex(a), Group.pointFromHex(b));
  }

  @Override
  public String toString() {
    return "Ciphertext[" + hex(a) + ", " + hex(b) + "]";
  }

  private static String hex(ECPoint p) {
    return p.isInfinity() ? "O" : Group.pointHex(p);
  }
}
