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
import org.junit.jupiter.api.function.Executable;

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
    ElectionKey key = ElectionKey.combine(ELECTION, 2, 3, commitments);
    TrusteeShare share = TrusteeShare.combine(key, 2, received(2));
    assertEquals(Group.base(share.secret()), key.verificationKey(2));
  }

  @Test
  void aShareThatDoesNotMatchTheSendersCommitmentsIsRefused() {
    assertFalse(commitments.get(0).matchesShare(2, Changes.plusOne(polynomials.get(0).at(2))));
    assertFalse(commitments.get(0).matchesShare(2, polynomials.get(0).at(3)), "the share for 3");
    ElectionKey key = ElectionKey.combine(ELECTION, 2, 3, commitments);
    List<BigInteger> received = received(2);
    received.set(2, Changes.plusOne(received.get(2)));
    CryptoRefusal refusal =
        assertThrows(CryptoRefusal.class, () -> TrusteeShare.combine(key, 2, received));
    assertTrue(refusal.getMessage().contains("trustee 3"), refusal.getMessage());
  }

  @Test
  void aKeptShareIsRestoredOnlyIfTheCommitmentsPromiseIt() {
    ElectionKey key = ElectionKey.combine(ELECTION, 2, 3, commitments);
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
        assertThrows(CryptoRefusal.class, () -> ElectionKey.combine(ELECTION, 2, 3, commitments));
    assertTrue(refusal.getMessage().contains("trustee 2"), refusal.getMessage());
  }

  @Test
  void commitmentsSwappedBetweenTrusteesAreRefused() {
    CoefficientCommitments first = commitments.get(0);
    commitments.set(0, new CoefficientCommitments(1, commitments.get(1).commitments()));
    commitments.set(1, new CoefficientCommitments(2, first.commitments()));
    assertThrows(CryptoRefusal.class, () -> ElectionKey.combine(ELECTION, 2, 3, commitments));
  }

  @Test
  void trusteesWithDifferentThresholdsAreRefused() {
    commitments.set(2, Polynomial.random(3, RANDOM).commit(ELECTION, 3, RANDOM));
    assertThrows(CryptoRefusal.class, () -> ElectionKey.combine(ELECTION, 2, 3, commitments));
  }

  @Test
  void aThresholdAboveTheNumberOfTrusteesIsRefused() {
    CoefficientCommitments alone = Polynomial.random(2, RANDOM).commit(ELECTION, 1, RANDOM);
    assertRefused("a 2-of-1 election", () -> ElectionKey.combine(ELECTION, 2, 1, List.of(alone)));
    assertRefused("a 0-of-3 election", () -> ElectionKey.combine(ELECTION, 0, 3, commitments));
  }

  @Test
  void commitmentsToAnotherThresholdThanTheElectionsAreRefused() {
    assertRefused(
        "trustee 1 committed to a threshold of 2; the election's is 3",
        () -> ElectionKey.combine(ELECTION, 3, 3, commitments));
    assertRefused(
        "trustee 1 committed to a threshold of 2; the election's is 1",
        () -> ElectionKey.combine(ELECTION, 1, 3, commitments));
  }

  @Test
  void anotherNumberOfTrusteesThanTheElectionsIsRefused() {
    assertRefused(
        "the election has 4 trustees; 3 published commitments",
        () -> ElectionKey.combine(ELECTION, 2, 4, commitments));
    assertRefused(
        "the election has 2 trustees; 3 published commitments",
        () -> ElectionKey.combine(ELECTION, 2, 2, commitments));
  }

  @Test
  void theRecordAcceptsOnlyTheKeyAndThresholdItsCommitmentsGive() {
    ElectionKey key = ElectionKey.combine(ELECTION, 2, 3, commitments);
    assertEquals(key, new ElectionKey(ELECTION, key.publicKey(), 2, commitments));
    assertRefused(
        "the public key is not the sum of the trustees' C_0",
        () -> new ElectionKey(ELECTION, Changes.plusG(key.publicKey()), 2, commitments));
    assertRefused(
        "trustee 1 committed to a threshold of 2; the election's is 3",
        () -> new ElectionKey(ELECTION, key.publicKey(), 3, commitments));
    assertRefused(
        "trustee 1 committed to a threshold of 2; the election's is 1",
        () -> new ElectionKey(ELECTION, key.publicKey(), 1, commitments));
    assertRefused(
        "the threshold 4 does not lie in 1..3",
        () -> new ElectionKey(ELECTION, key.publicKey(), 4, commitments));
    assertRefused(
        "trustees are numbered 1..n in order; found 2",
        () -> new ElectionKey(ELECTION, key.publicKey(), 2, commitments.subList(1, 3)));
    assertRefused(
        "an election has at least one trustee",
        () -> new ElectionKey(ELECTION, key.publicKey(), 1, List.of()));
    assertRefused(
        "trustee 1's proofs of knowledge fail",
        () -> new ElectionKey(OTHER_ELECTION, key.publicKey(), 2, commitments));
    assertRefused(
        "an election id is exactly 32 lowercase hex characters",
        () -> new ElectionKey("election-1", key.publicKey(), 2, commitments));
  }

  @Test
  void aTrusteeKeyProofBindsTheElectionAndTheTrustee() {
    KeyPair own = KeyPair.generate(RANDOM);
    TrusteePublicKey published = TrusteePublicKey.publish(ELECTION, 2, own, RANDOM);
    assertTrue(published.verify(ELECTION));
    assertFalse(published.verify(OTHER_ELECTION));
    assertFalse(new TrusteePublicKey(3, published.key(), published.proof()).verify(ELECTION));
  }

  private static void assertRefused(String message, Executable refused) {
    CryptoRefusal refusal = assertThrows(CryptoRefusal.class, refused);
    assertTrue(refusal.getMessage().contains(message), refusal.getMessage());
  }

  private List<BigInteger> received(int trustee) {
    List<BigInteger> shares = new ArrayList<>();
    for (Polynomial p : polynomials) {
      shares.add(p.at(trustee));
    }
    return shares;
  }
}
