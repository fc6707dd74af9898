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
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class ConstantProofTest {
  private final ECPoint key = KeyPair.generate(RANDOM).publicKey();
  private final BigInteger r = Group.randomScalar(RANDOM);
  private final Ciphertext c = ElGamal.encrypt(key, 1, r);
  private final ConstantProof proof = ConstantProof.prove(ELECTION, key, c, 1, r, RANDOM);

  @Test
  void anHonestProofVerifies() {
    assertTrue(proof.verify(ELECTION, key, c, 1));
    Ciphertext three = ElGamal.encrypt(key, 3, r);
    assertTrue(
        ConstantProof.prove(ELECTION, key, three, 3, r, RANDOM).verify(ELECTION, key, three, 3));
  }

  @Test
  void changingAnyOneElementFails() {
    assertFalse(
        new ConstantProof(plusOne(proof.challenge()), proof.response())
            .verify(ELECTION, key, c, 1));
    assertFalse(
        new ConstantProof(proof.challenge(), plusOne(proof.response()))
            .verify(ELECTION, key, c, 1));
    assertFalse(proof.verify(ELECTION, key, Changes.changedA(c), 1));
    assertFalse(proof.verify(ELECTION, key, Changes.changedB(c), 1));
    assertFalse(proof.verify(ELECTION, Changes.plusG(key), c, 1));
    assertFalse(proof.verify(ELECTION, key, c, 0));
    assertFalse(proof.verify(ELECTION, key, c, 2));
  }

  @Test
  void aProofFromAnotherElectionFails() {
    assertFalse(
        ConstantProof.prove(OTHER_ELECTION, key, c, 1, r, RANDOM).verify(ELECTION, key, c, 1));
  }

  @Test
  void aChallengeHashedWithoutThePublicKeyFails() {
    Transcript weak =
        new Transcript(Tags.CONSTANT, ELECTION).integer(1).integer(0).point(c.a()).point(c.b());
    ConstantProof p = ConstantProof.prove(weak, key, r, Group.randomScalar(RANDOM));
    assertTrue(p.verify(weak, key, c, 1), "the weak proof is otherwise well formed");
    assertFalse(p.verify(ELECTION, key, c, 1));
  }

  @Test
  void aSumProofHoldsForItsPartsInTheirOrderOnly() {
    BigInteger r0 = Group.randomScalar(RANDOM);
    BigInteger r1 = Group.randomScalar(RANDOM);
    List<Ciphertext> parts = List.of(ElGamal.encrypt(key, 0, r0), ElGamal.encrypt(key, 1, r1));
    ConstantProof sum =
        ConstantProof.proveSum(ELECTION, key, parts, 1, r0.add(r1).mod(Group.ORDER), RANDOM);
    assertTrue(sum.verifySum(ELECTION, key, parts, 1));
    assertFalse(sum.verifySum(ELECTION, key, List.of(parts.get(1), parts.get(0)), 1), "reordered");
    assertFalse(sum.verify(ELECTION, key, Ciphertext.sum(parts), 1), "without its parts");
    assertFalse(sum.verifySum(ELECTION, key, List.of(), 1));
    ConstantProof alone = ConstantProof.prove(ELECTION, key, c, 1, r, RANDOM);
    assertFalse(alone.verifySum(ELECTION, key, List.of(c), 1), "a lone proof as a sum of one");
  }

  @Test
  void anElectionIdOtherThan32LowercaseHexIsRefused() {
    CryptoRefusal refusal =
        assertThrows(CryptoRefusal.class, () -> proof.verify("election-1", key, c, 1));
    assertEquals("an election id is exactly 32 lowercase hex characters", refusal.getMessage());
  }

  @Test
  void aProofOfTheWrongConstantFails() {
    Ciphertext two = ElGamal.encrypt(key, 2, r);
    assertFalse(
        ConstantProof.prove(ELECTION, key, two, 1, r, RANDOM).verify(ELECTION, key, two, 1));
  }
}
