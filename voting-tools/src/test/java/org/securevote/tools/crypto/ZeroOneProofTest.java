package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;
import static org.securevote.tools.crypto.Changes.plusOne;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZeroOneProofTest {
  private final ECPoint key = KeyPair.generate(RANDOM).publicKey();
  private final BigInteger r = Group.randomScalar(RANDOM);

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void anHonestProofVerifies(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    assertTrue(ZeroOneProof.prove(ELECTION, key, c, m, r, RANDOM).verify(ELECTION, key, c));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void changingAnyOneElementFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    ZeroOneProof p = ZeroOneProof.prove(ELECTION, key, c, m, r, RANDOM);
    assertFalse(new ZeroOneProof(plusOne(p.c0()), p.c1(), p.v0(), p.v1()).verify(ELECTION, key, c));
    assertFalse(new ZeroOneProof(p.c0(), plusOne(p.c1()), p.v0(), p.v1()).verify(ELECTION, key, c));
    assertFalse(new ZeroOneProof(p.c0(), p.c1(), plusOne(p.v0()), p.v1()).verify(ELECTION, key, c));
    assertFalse(new ZeroOneProof(p.c0(), p.c1(), p.v0(), plusOne(p.v1())).verify(ELECTION, key, c));
    assertFalse(p.verify(ELECTION, key, Changes.changedA(c)));
    assertFalse(p.verify(ELECTION, key, Changes.changedB(c)));
    assertFalse(p.verify(ELECTION, Changes.plusG(key), c));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aProofFromAnotherElectionFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    assertFalse(ZeroOneProof.prove(OTHER_ELECTION, key, c, m, r, RANDOM).verify(ELECTION, key, c));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aChallengeHashedWithoutThePublicKeyFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    Transcript weak = new Transcript(Tags.ZERO_OR_ONE, ELECTION).point(c.a()).point(c.b());
    ZeroOneProof p = ZeroOneProof.prove(weak, key, c, m, r, nonce(), nonce(), nonce());
    assertTrue(p.verify(weak, key, c), "the weak proof is otherwise well formed");
    assertFalse(p.verify(ELECTION, key, c));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, -1})
  void aProofForAnotherMessageFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    for (int claimed : new int[] {0, 1}) {
      ZeroOneProof p =
          ZeroOneProof.prove(
              ZeroOneProof.statement(ELECTION, key, c),
              key,
              c,
              claimed,
              r,
              nonce(),
              nonce(),
              nonce());
      assertFalse(p.verify(ELECTION, key, c));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aCiphertextWithThePointAtInfinityFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    ZeroOneProof p = ZeroOneProof.prove(ELECTION, key, c, m, r, RANDOM);
    assertFalse(p.verify(ELECTION, key, new Ciphertext(Group.INFINITY, c.b())));
  }

  private static BigInteger nonce() {
    return Group.randomScalar(RANDOM);
  }
}
