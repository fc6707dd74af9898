package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securevote.tools.crypto.Changes.ELECTION;
import static org.securevote.tools.crypto.Changes.RANDOM;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"1,1", "2,3", "3,5"})
  void theElectionKeyMatchesTheSharesAndTheVerificationKeys(int k, int n) {
    Ceremony ceremony = new Ceremony(ELECTION, k, n);
    assertEquals(Group.base(ceremony.electionSecret()), ceremony.key.publicKey());
    for (int j = 1; j <= n; j++) {
      assertEquals(
          Group.base(ceremony.shares.get(j - 1).secret()), ceremony.key.verificationKey(j));
    }
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"1,1", "2,3", "3,5"})
  void anyKTrusteesDecryptTheTotals(int k, int n) {
    Ceremony ceremony = new Ceremony(ELECTION, k, n);
    Ciphertext total = encryptedTotal(ceremony.key.publicKey(), 7, 3);
    for (List<Integer> trustees : Ceremony.subsets(n, k)) {
      List<PartialDecryption> partials = partials(ceremony, trustees, total);
      assertEquals(
          OptionalLong.of(3),
          ThresholdDecryption.decrypt(ceremony.key, total, partials, 7),
          trustees.toString());
    }
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"1,1", "2,3", "3,5"})
  void fewerThanKTrusteesDecryptNothing(int k, int n) {
    Ceremony ceremony = new Ceremony(ELECTION, k, n);
    Ciphertext total = encryptedTotal(ceremony.key.publicKey(), 7, 3);
    ECPoint message = Group.base(BigInteger.valueOf(3));
    for (List<Integer> trustees : Ceremony.subsets(n, k - 1)) {
      List<PartialDecryption> partials = partials(ceremony, trustees, total);
      assertThrows(
          CryptoRefusal.class, () -> ThresholdDecryption.combine(ceremony.key, total, partials));
      assertNotEquals(
          message, ThresholdDecryption.interpolate(total, partials), trustees.toString());
      assertTrue(DiscreteLog.find(ThresholdDecryption.interpolate(total, partials), 7).isEmpty());
      // Nor do their secret shares, interpolated as if k-1 were enough, give the election secret.
      BigInteger secret = BigInteger.ZERO;
      for (int j : trustees) {
        secret =
            secret.add(
                ceremony
                    .shares
                    .get(j - 1)
                    .secret()
                    .multiply(ThresholdDecryption.lagrangeAtZero(j, trustees)));
      }
      assertNotEquals(ceremony.electionSecret(), secret.mod(Group.ORDER));
    }
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"2,3", "3,5"})
  void theSameTrusteeTwiceDoesNotCountAsTwo(int k, int n) {
    Ceremony ceremony = new Ceremony(ELECTION, k, n);
    Ciphertext total = encryptedTotal(ceremony.key.publicKey(), 4, 2);
    List<PartialDecryption> partials = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      partials.add(ceremony.partial(1, total));
    }
    assertThrows(
        CryptoRefusal.class, () -> ThresholdDecryption.combine(ceremony.key, total, partials));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"1,1", "2,3"})
  void aPartialDecryptionWithAWrongShareIsRefused(int k, int n) {
    Ceremony ceremony = new Ceremony(ELECTION, k, n);
    Ciphertext total = encryptedTotal(ceremony.key.publicKey(), 4, 2);
    List<PartialDecryption> partials = partials(ceremony, Ceremony.subsets(n, k).get(0), total);
    PartialDecryption first = partials.get(0);
    PartialDecryption forged =
        new PartialDecryption(first.trustee(), Changes.plusG(first.share()), first.proof());
    assertFalse(forged.verify(ceremony.key, total));
    partials.set(0, forged);
    assertThrows(
        CryptoRefusal.class, () -> ThresholdDecryption.combine(ceremony.key, total, partials));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"2,3"})
  void aPartialDecryptionOfAnotherCiphertextIsRefused(int k, int n) {
    Ceremony ceremony = new Ceremony(ELECTION, k, n);
    Ciphertext total = encryptedTotal(ceremony.key.publicKey(), 4, 2);
    Ciphertext other = encryptedTotal(ceremony.key.publicKey(), 4, 1);
    assertFalse(ceremony.partial(1, other).verify(ceremony.key, total));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"1,1", "2,3", "3,5"})
  void lagrangeCoefficientsAtZeroReproduceAConstantPolynomial(int k, int n) {
    for (List<Integer> trustees : Ceremony.subsets(n, k)) {
      BigInteger sum = BigInteger.ZERO;
      for (int j : trustees) {
        sum = sum.add(ThresholdDecryption.lagrangeAtZero(j, trustees));
      }
      assertEquals(BigInteger.ONE, sum.mod(Group.ORDER));
    }
  }

  private static Ciphertext encryptedTotal(ECPoint key, int ballots, int ones) {
    List<Ciphertext> all = new ArrayList<>();
    for (int i = 0; i < ballots; i++) {
      all.add(ElGamal.encrypt(key, i < ones ? 1 : 0, RANDOM));
    }
    return Ciphertext.sum(all);
  }

  private static List<PartialDecryption> partials(
      Ceremony ceremony, List<Integer> trustees, Ciphertext c) {
    List<PartialDecryption> partials = new ArrayList<>();
    for (int j : trustees) {
      partials.add(ceremony.partial(j, c));
    }
    return partials;
  }
}
