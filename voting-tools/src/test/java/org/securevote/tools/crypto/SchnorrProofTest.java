package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SchnorrProofTest {
  private final KeyPair key = KeyPair.generate(RANDOM);
  private final SchnorrProof coefficient =
      SchnorrProof.proveCoefficient(ELECTION, 2, 1, key, RANDOM);
  private final SchnorrProof trusteeKey = SchnorrProof.proveTrusteeKey(ELECTION, 2, key, RANDOM);

  @Test
  void anHonestProofVerifies() {
    assertTrue(coefficient.verifyCoefficient(ELECTION, 2, 1, key.publicKey()));
    assertTrue(trusteeKey.verifyTrusteeKey(ELECTION, 2, key.publicKey()));
  }

  @Test
  void aChangedChallengeOrResponseFails() {
    assertFalse(
        new SchnorrProof(Changes.plusOne(coefficient.challenge()), coefficient.response())
            .verifyCoefficient(ELECTION, 2, 1, key.publicKey()));
    assertFalse(
        new SchnorrProof(coefficient.challenge(), Changes.plusOne(coefficient.response()))
            .verifyCoefficient(ELECTION, 2, 1, key.publicKey()));
  }

  @Test
  void aChangedStatementFails() {
    assertFalse(coefficient.verifyCoefficient(ELECTION, 2, 1, Changes.plusG(key.publicKey())));
    assertFalse(coefficient.verifyCoefficient(ELECTION, 3, 1, key.publicKey()));
    assertFalse(coefficient.verifyCoefficient(ELECTION, 2, 0, key.publicKey()));
    assertFalse(trusteeKey.verifyTrusteeKey(ELECTION, 1, key.publicKey()));
  }

  @Test
  void aProofFromAnotherElectionFails() {
    assertFalse(coefficient.verifyCoefficient(OTHER_ELECTION, 2, 1, key.publicKey()));
    assertFalse(trusteeKey.verifyTrusteeKey(OTHER_ELECTION, 2, key.publicKey()));
  }

  @Test
  void aProofForOneKindDoesNotPassForTheOther() {
    assertFalse(trusteeKey.verifyCoefficient(ELECTION, 2, 0, key.publicKey()));
  }

  @Test
  void aChallengeHashedWithoutThePublicValueFails() {
    BigInteger nonce = Group.randomScalar(RANDOM);
    Transcript statement = SchnorrProof.coefficientStatement(ELECTION, 2, 1);
    BigInteger weak = statement.copy().point(Group.base(nonce)).challenge();
    SchnorrProof proof =
        new SchnorrProof(weak, nonce.add(weak.multiply(key.secret())).mod(Group.ORDER));
    assertFalse(proof.verifyCoefficient(ELECTION, 2, 1, key.publicKey()));
  }

  @Test
  void outOfRangeScalarsFail() {
    assertFalse(
        new SchnorrProof(coefficient.challenge(), coefficient.response().add(Group.ORDER))
            .verifyCoefficient(ELECTION, 2, 1, key.publicKey()));
  }
}
