package org.securevote.tools.crypto;

import java.math.BigInteger;

/** Checks shared by the proofs: a proof's scalars come from outside and must lie in 0..n-1. */
final class Scalars {
  private Scalars() {}

  static boolean valid(BigInteger... scalars) {
    for (BigInteger s : scalars) {
      if (s == null || s.signum() < 0 || s.compareTo(Group.ORDER) >= 0) {
        return false;
      }
    }
    return true;
  }
}
