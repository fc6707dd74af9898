package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ElGamalTest {
  private final KeyPair key = KeyPair.generate(Changes.RANDOM);

  @Test
  void aMessageDecryptsToItself() {
    for (long m : new long[] {0, 1, 2, 17}) {
      Ciphertext c = ElGamal.encrypt(key.publicKey(), m, Changes.RANDOM);
      assertEquals(OptionalLong.of(m), ElGamal.decrypt(key.secret(), c, 100));
    }
  }

  @Test
  void twoEncryptionsOfTheSameMessageDiffer() {
    Ciphertext one = ElGamal.encrypt(key.publicKey(), 1, Changes.RANDOM);
    Ciphertext two = ElGamal.encrypt(key.publicKey(), 1, Changes.RANDOM);
    assertNotEquals(one, two);
  }

  @Test
  void addingCiphertextsAddsTheirMessages() {
    List<Ciphertext> ballots = new ArrayList<>();
    long expected = 0;
    for (int i = 0; i < 12; i++) {
      int m = i % 3 == 0 ? 1 : 0;
      expected += m;
      ballots.add(ElGamal.encrypt(key.publicKey(), m, Changes.RANDOM));
    }
    assertEquals(
        OptionalLong.of(expected), ElGamal.decrypt(key.secret(), Ciphertext.sum(ballots), 12));
    Ciphertext pairwise = ballots.get(0).add(ballots.get(3));
    assertEquals(OptionalLong.of(2), ElGamal.decrypt(key.secret(), pairwise, 12));
  }

  @Test
  void theWrongKeyDecryptsToSomethingElse() {
    Ciphertext c = ElGamal.encrypt(key.publicKey(), 3, Changes.RANDOM);
    KeyPair other = KeyPair.generate(Changes.RANDOM);
    assertTrue(ElGamal.decrypt(other.secret(), c, 1000).isEmpty());
  }

  @Test
  void theDiscreteLogFindsEveryValueUpToTheBoundAndNoneBeyond() {
    long bound = 50;
    for (long m = 0; m <= bound; m++) {
      assertEquals(OptionalLong.of(m), DiscreteLog.find(Group.base(BigInteger.valueOf(m)), bound));
    }
    assertTrue(DiscreteLog.find(Group.base(BigInteger.valueOf(bound + 1)), bound).isEmpty());
  }

  @Test
  void theDiscreteLogHandlesALargeBound() {
    long m = 999_983;
    assertEquals(
        OptionalLong.of(m), DiscreteLog.find(Group.base(BigInteger.valueOf(m)), 1_000_000));
  }
}
