package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;
import static org.securevote.tools.crypto.Changes.plusG;
import static org.securevote.tools.crypto.Changes.plusOne;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class EqualityProofTest {
  private final ECPoint electionKey = KeyPair.generate(RANDOM).publicKey();
  private final KeyPair share = KeyPair.generate(RANDOM);
  private final Ciphertext c = ElGamal.encrypt(electionKey, 4, RANDOM);
  private final ECPoint d = c.a().multiply(share.secret()).normalize();
  private final EqualityProof proof =
      EqualityProof.prove(ELECTION, electionKey, 2, share, c, d, RANDOM);

  @Test
  void anHonestProofVerifies() {
    assertTrue(proof.verify(ELECTION, electionKey, 2, share.publicKey(), c, d));
  }

  @Test
  void changingAnyOneElementFails() {
    ECPoint kj = share.publicKey();
    assertFalse(
        new EqualityProof(plusOne(proof.challenge()), proof.response())
            .verify(ELECTION, electionKey, 2, kj, c, d));
    assertFalse(
        new EqualityProof(proof.challenge(), plusOne(proof.response()))
            .verify(ELECTION, electionKey, 2, kj, c, d));
    assertFalse(proof.verify(ELECTION, plusG(electionKey), 2, kj, c, d));
    assertFalse(proof.verify(ELECTION, electionKey, 3, kj, c, d));
    assertFalse(proof.verify(ELECTION, electionKey, 2, plusG(kj), c, d));
    assertFalse(proof.verify(ELECTION, electionKey, 2, kj, Changes.changedA(c), d));
    assertFalse(proof.verify(ELECTION, electionKey, 2, kj, Changes.changedB(c), d));
    assertFalse(proof.verify(ELECTION, electionKey, 2, kj, c, plusG(d)));
  }

  @Test
  void aProofFromAnotherElectionFails() {
    EqualityProof moved = EqualityProof.prove(OTHER_ELECTION, electionKey, 2, share, c, d, RANDOM);
    assertFalse(moved.verify(ELECTION, electionKey, 2, share.publicKey(), c, d));
  }

  @Test
  void aChallengeHashedWithoutTheElectionKeyFails() {
    Transcript weak =
        new Transcript(Tags.PARTIAL_DECRYPTION, ELECTION)
            .integer(2)
            .point(share.publicKey())
            .point(c.a())
            .point(c.b())
            .point(d);
    EqualityProof p = EqualityProof.prove(weak, c, share.secret(), Group.randomScalar(RANDOM));
    assertTrue(p.verify(weak, share.publicKey(), c, d), "the weak proof is otherwise well formed");
    assertFalse(p.verify(ELECTION, electionKey, 2, share.publicKey(), c, d));
  }

  @Test
  void aPartialMadeWithAnotherSecretFails() {
    KeyPair other = KeyPair.generate(RANDOM);
    ECPoint wrong = c.a().multiply(other.secret()).normalize();
    EqualityProof p = EqualityProof.prove(ELECTION, electionKey, 2, share, c, wrong, RANDOM);
    assertFalse(p.verify(ELECTION, electionKey, 2, share.publicKey(), c, wrong));
  }
}
