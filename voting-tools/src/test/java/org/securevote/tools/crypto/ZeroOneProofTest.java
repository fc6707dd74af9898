package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;
import static org.securevote.tools.crypto.Changes.plusOne;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZeroOneProofTest {
  /** The ciphertext's position on the ballot (0-based) and the number of candidates. */
  private static final int AT = 1;

  private static final int OF = 3;

  private final ECPoint key = KeyPair.generate(RANDOM).publicKey();
  private final BigInteger r = Group.randomScalar(RANDOM);

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void anHonestProofVerifies(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    assertTrue(
        ZeroOneProof.prove(ELECTION, key, AT, OF, c, m, r, RANDOM)
            .verify(ELECTION, key, AT, OF, c));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void changingAnyOneElementFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    ZeroOneProof p = ZeroOneProof.prove(ELECTION, key, AT, OF, c, m, r, RANDOM);
    assertFalse(
        new ZeroOneProof(plusOne(p.c0()), p.c1(), p.v0(), p.v1()).verify(ELECTION, key, AT, OF, c));
    assertFalse(
        new ZeroOneProof(p.c0(), plusOne(p.c1()), p.v0(), p.v1()).verify(ELECTION, key, AT, OF, c));
    assertFalse(
        new ZeroOneProof(p.c0(), p.c1(), plusOne(p.v0()), p.v1()).verify(ELECTION, key, AT, OF, c));
    assertFalse(
        new ZeroOneProof(p.c0(), p.c1(), p.v0(), plusOne(p.v1())).verify(ELECTION, key, AT, OF, c));
    assertFalse(p.verify(ELECTION, key, AT, OF, Changes.changedA(c)));
    assertFalse(p.verify(ELECTION, key, AT, OF, Changes.changedB(c)));
    assertFalse(p.verify(ELECTION, Changes.plusG(key), AT, OF, c));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aProofFromAnotherElectionFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    assertFalse(
        ZeroOneProof.prove(OTHER_ELECTION, key, AT, OF, c, m, r, RANDOM)
            .verify(ELECTION, key, AT, OF, c));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aChallengeHashedWithoutThePublicKeyFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    Transcript weak =
        new Transcript(Tags.ZERO_OR_ONE, ELECTION)
            .integer(AT)
            .integer(OF)
            .point(c.a())
            .point(c.b());
    ZeroOneProof p = ZeroOneProof.prove(weak, key, c, m, r, nonce(), nonce(), nonce());
    assertTrue(p.verify(weak, key, c), "the weak proof is otherwise well formed");
    assertFalse(p.verify(ELECTION, key, AT, OF, c));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, -1})
  void aProofForAnotherMessageFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    for (int claimed : new int[] {0, 1}) {
      ZeroOneProof p =
          ZeroOneProof.prove(
              ZeroOneProof.statement(ELECTION, key, AT, OF, c),
              key,
              c,
              claimed,
              r,
              nonce(),
              nonce(),
              nonce());
      assertFalse(p.verify(ELECTION, key, AT, OF, c));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aCiphertextWithThePointAtInfinityFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    ZeroOneProof p = ZeroOneProof.prove(ELECTION, key, AT, OF, c, m, r, RANDOM);
    assertFalse(p.verify(ELECTION, key, AT, OF, new Ciphertext(Group.INFINITY, c.b())));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aProofMovedToAnotherPositionFails(int m) {
    Ciphertext c = ElGamal.encrypt(key, m, r);
    ZeroOneProof p = ZeroOneProof.prove(ELECTION, key, AT, OF, c, m, r, RANDOM);
    assertFalse(p.verify(ELECTION, key, 0, OF, c));
    assertFalse(p.verify(ELECTION, key, 2, OF, c));
    assertFalse(p.verify(ELECTION, key, AT, OF + 1, c), "a ballot with another candidate count");
  }

  @Test
  void aPositionOutsideTheBallotIsRefused() {
    Ciphertext c = ElGamal.encrypt(key, 0, r);
    ZeroOneProof p = ZeroOneProof.prove(ELECTION, key, AT, OF, c, 0, r, RANDOM);
    for (int[] place : new int[][] {{OF, OF}, {-1, OF}, {0, 0}}) {
      CryptoRefusal refusal =
          assertThrows(CryptoRefusal.class, () -> p.verify(ELECTION, key, place[0], place[1], c));
      assertTrue(refusal.getMessage().contains("not a position"), refusal.getMessage());
    }
  }

  @Test
  void anElectionIdOtherThan32LowercaseHexIsRefused() {
    Ciphertext c = ElGamal.encrypt(key, 0, r);
    ZeroOneProof p = ZeroOneProof.prove(ELECTION, key, AT, OF, c, 0, r, RANDOM);
    for (String id : new String[] {ELECTION.toUpperCase(), ELECTION + "0", "e\ud800", "", null}) {
      CryptoRefusal refusal = assertThrows(CryptoRefusal.class, () -> p.verify(id, key, AT, OF, c));
      assertEquals("an election id is exactly 32 lowercase hex characters", refusal.getMessage());
    }
    assertThrows(
        CryptoRefusal.class,
        () -> ZeroOneProof.prove(ELECTION.substring(1) + "g", key, AT, OF, c, 0, r, RANDOM));
  }

  private static BigInteger nonce() {
    return Group.randomScalar(RANDOM);
  }
}
