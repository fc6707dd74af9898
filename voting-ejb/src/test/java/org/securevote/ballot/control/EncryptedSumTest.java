package org.securevote.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.format.BallotJson;

class EncryptedSumTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ELECTION = "0123456789abcdef0123456789abcdef";
  private final KeyPair key = KeyPair.generate(RANDOM);

  private EncryptedBallot ballot(int choice) {
    return EncryptedBallot.encrypt(ELECTION, key.publicKey(), 2, choice, RANDOM).ballot();
  }

  @Test
  void addsEachCandidatesCiphertextsAndSurvivesItsStoredForm() {
    List<EncryptedBallot> ballots = List.of(ballot(0), ballot(1), ballot(1));
    EncryptedSum sum = new EncryptedSum(2);
    for (int i = 0; i < ballots.size(); i++) {
      sum.add("id" + i, "tracker" + i, BallotJson.text(ballots.get(i)));
    }
    sum.add("garbage", "tracker-g", "{\"selections\":[]}");
    sum.add("sealed", "tracker-s", null);

    EncryptedSum stored = EncryptedSum.fromHex(sum.aHex(), sum.bHex(), 3, sum.rejected());
    for (int c = 0; c < 2; c++) {
      int candidate = c;
      Ciphertext expected =
          Ciphertext.sum(ballots.stream().map(b -> b.selections().get(candidate)).toList());
      assertEquals(expected, sum.total(c));
      assertEquals(expected, stored.total(c));
    }
    assertEquals(3, sum.counted());
    assertEquals(List.of("garbage", "sealed"), stored.rejected());
  }

  @Test
  void anEmptySumIsStoredAsThePointAtInfinity() {
    EncryptedSum empty = new EncryptedSum(3);
    assertEquals(List.of("", "", ""), List.of(empty.aHex()));
    assertEquals(
        Ciphertext.ZERO, EncryptedSum.fromHex(empty.aHex(), empty.bHex(), 0, List.of()).total(2));
  }
}
