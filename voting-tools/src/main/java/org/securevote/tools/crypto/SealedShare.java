package org.securevote.tools.crypto;

import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;

/**
 * A share f_from(to) encrypted to trustee `to`: the sender's ephemeral point E and the AES-256-GCM
 * ciphertext with its tag (48 bytes). The server carries it and cannot read it.
 */
public record SealedShare(int from, int to, ECPoint ephemeral, byte[] ciphertext) {

  public SealedShare {
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedShare s
        && from == s.from
        && to == s.to
        && ephemeral.equals(s.ephemeral)
        && Arrays.equals(ciphertext, s.ciphertext);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * from + to) + ephemeral.hashCode()) + Arrays.hashCode(ciphertext);
  }

  @Override
  public String toString() {
    return "SealedShare["
        + from
        + " -> "
        + to
        + ", "
        + Group.pointHex(ephemeral)
        + ", "
        + Hex.toHexString(ciphertext)
        + "]";
  }
}
