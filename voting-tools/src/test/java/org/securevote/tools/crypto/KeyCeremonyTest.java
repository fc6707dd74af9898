package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.OTHER_ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyCeremonyTest {
  private final List<Polynomial> polynomials = new ArrayList<>();
  private final List<CoefficientCommitments> commitments = new ArrayList<>();

  KeyCeremonyTest() {
    for (int i = 1; i <= 3; i++) {
      Polynomial p = Polynomial.random(2, RANDOM);
      polynomials.add(p);
      commitments.add(p.commit(ELECTION, i, RANDOM));
    }
  }

  @Test
  void aShareMatchingTheSendersCommitmentsIsAccepted() {
    assertTrue(commitments.get(0).matchesShare(2, polynomials.get(0).at(2)));
    ElectionKey key = ElectionKey.combine(ELECTION, commitments);
    TrusteeShare share = TrusteeShare.combine(key, 2, received(2));
    assertEquals(Group.base(share.secret()), key.verificationKey(2));
  }

  @Test
  void aShareThatDoesNotMatchTheSendersCommitmentsIsRefused() {
    assertFalse(commitments.get(0).matchesShare(2, Changes.plusOne(polynomials.get(0).at(2))));
    assertFalse(commitments.get(0).matchesShare(2, polynomials.get(0).at(3)), "the share for 3");
    ElectionKey key = ElectionKey.combine(ELECTION, commitments);
    List<BigInteger> received = received(2);
    received.set(2, Changes.plusOne(received.get(2)));
    CryptoRefusal refusal =
        assertThrows(CryptoRefusal.class, () -> TrusteeShare.combine(key, 2, received));
    assertTrue(refusal.getMessage().contains("trustee 3"), refusal.getMessage());
  }

  @Test
  void aKeptShareIsRestoredOnlyIfTheCommitmentsPromiseIt() {
    ElectionKey key = ElectionKey.combine(ELECTION, commitments);
    TrusteeShare share = TrusteeShare.combine(key, 2, received(2));
    assertEquals(share.secret(), TrusteeShare.restore(key, 2, share.secret()).secret());
    assertThrows(CryptoRefusal.class, () -> TrusteeShare.restore(key, 3, share.secret()));
    assertThrows(
        CryptoRefusal.class, () -> TrusteeShare.restore(key, 2, Changes.plusOne(share.secret())));
    assertThrows(CryptoRefusal.class, () -> TrusteeShare.restore(key, 4, share.secret()));
  }

  @Test
  void aKeptPolynomialIsTheSamePolynomial() {
    Polynomial kept = Polynomial.of(polynomials.get(0).coefficients());
    assertEquals(polynomials.get(0).at(3), kept.at(3));
    assertThrows(CryptoRefusal.class, () -> Polynomial.of(List.of(BigInteger.ZERO)));
    assertThrows(CryptoRefusal.class, () -> Polynomial.of(List.of(Group.ORDER)));
  }

  @Test
  void commitmentsWithAProofFromAnotherElectionAreRefused() {
    commitments.set(1, polynomials.get(1).commit(OTHER_ELECTION, 2, RANDOM));
    CryptoRefusal refusal =
        assertThrows(CryptoRefusal.class, () -> ElectionKey.combine(ELECTION, commitments));
    assertTrue(refusal.getMessage().contains("trustee 2"), refusal.getMessage());
  }

  @Test
  void commitmentsSwappedBetweenTrusteesAreRefused() {
    CoefficientCommitments first = commitments.get(0);
    commitments.set(0, new CoefficientCommitments(1, commitments.get(1).commitments()));
    commitments.set(1, new CoefficientCommitments(2, first.commitments()));
    assertThrows(CryptoRefusal.class, () -> ElectionKey.combine(ELECTION, commitments));
  }

  @Test
  void trusteesWithDifferentThresholdsAreRefused() {
    commitments.set(2, Polynomial.random(3, RANDOM).commit(ELECTION, 3, RANDOM));
    assertThrows(CryptoRefusal.class, () -> ElectionKey.combine(ELECTION, commitments));
  }

  @Test
  void aThresholdAboveTheNumberOfTrusteesIsRefused() {
    CoefficientCommitments alone = Polynomial.random(2, RANDOM).commit(ELECTION, 1, RANDOM);
    assertThrows(CryptoRefusal.class, () -> ElectionKey.combine(ELECTION, List.of(alone)));
  }

  @Test
  void aTrusteeKeyProofBindsTheElectionAndTheTrustee() {
    KeyPair own = KeyPair.generate(RANDOM);
    TrusteePublicKey published = TrusteePublicKey.publish(ELECTION, 2, own, RANDOM);
    assertTrue(published.verify(ELECTION));
    assertFalse(published.verify(OTHER_ELECTION));
    assertFalse(new TrusteePublicKey(3, published.key(), published.proof()).verify(ELECTION));
  }

  private List<BigInteger> received(int trustee) {
    List<BigInteger> shares = new ArrayList<>();
    for (Polynomial p : polynomials) {
      shares.add(p.at(trustee));
    }
    return shares;
  }
}
