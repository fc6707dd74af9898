package org.securevote.tools.crypto;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The small discrete log m of m*G with m in 0..bound (bound: e.g. the number of voters), by baby
 * step giant step: about 2*sqrt(bound) point additions instead of bound.
 */
public final class DiscreteLog {
  private DiscreteLog() {}

  public static OptionalLong find(ECPoint target, long bound) {
    if (bound < 0) {
      throw new IllegalArgumentException("the bound is at least 0");
    }
    long step = (long) Math.ceil(Math.sqrt((double) bound + 1));
    Map<ByteBuffer, Long> babySteps = new HashMap<>();
    ECPoint p = Group.INFINITY;
    for (long j = 0; j < step; j++) {
      babySteps.putIfAbsent(key(p), j);
      p = p.add(Group.G).normalize();
    }
    ECPoint giantStep = Group.base(BigInteger.valueOf(step)).negate();
    ECPoint q = target.normalize();
    for (long i = 0; i * step <= bound; i++) {
      Long j = babySteps.get(key(q));
      if (j != null && i * step + j <= bound) {
        return OptionalLong.of(i * step + j);
      }
      q = q.add(giantStep).normalize();
    }
    return OptionalLong.empty();
  }

  private static ByteBuffer key(ECPoint p) {
    return ByteBuffer.wrap(p.getEncoded(true));
  }
}
