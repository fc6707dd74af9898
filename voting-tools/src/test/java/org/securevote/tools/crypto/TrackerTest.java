package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** The tracker names every byte of a ballot, proofs included; the receipt signs the tracker. */
class TrackerTest {
  private static final String ELECTION = "3f9c2a7e5b1d4c6a8e0f2b4d6a8c0e1f";
  private static final KeyPair KEY = KeyPair.generate(Changes.RANDOM);
  private static final EncryptedBallot BALLOT =
      EncryptedBallot.encrypt(ELECTION, KEY.publicKey(), 3, 1, Changes.RANDOM).ballot();

  @Test
  void theShortFormIsTheFirst75BitsInCrockfordBase32() {
    byte[] digest = new byte[32];
    assertEquals("00000-00000-00000", Tracker.shortForm(digest));
    java.util.Arrays.fill(digest, (byte) 0xff);
    assertEquals("ZZZZZ-ZZZZZ-ZZZZZ", Tracker.shortForm(digest));
    // 0x08 = 00001 000 -> "1" then "0"...; bit 75 onwards is not shown.
    byte[] some = new byte[32];
    some[0] = 0x08;
    some[9] = 0x3f; // bits 72..79 = 00111111: the last symbol takes bits 70..74 = 00001
    assertEquals("10000-00000-00001", Tracker.shortForm(some));
    assertEquals(
        Tracker.shortForm(Tracker.digest(ELECTION, BALLOT)),
        Tracker.shortForm(Tracker.of(ELECTION, BALLOT)));
  }

  @Test
  void everyElementOfTheBallotChangesTheTracker() {
    String tracker = Tracker.of(ELECTION, BALLOT);
    assertTrue(tracker.matches("[0-9a-f]{64}"));
    assertEquals(tracker, Tracker.of(ELECTION, BALLOT));
    assertNotEquals(tracker, Tracker.of("0123456789abcdef0123456789abcdef", BALLOT));
    List<ZeroOneProof> proofs = new ArrayList<>(BALLOT.zeroOrOne());
    ZeroOneProof p = proofs.get(2);
    proofs.set(2, new ZeroOneProof(p.c0(), p.c1(), p.v0(), p.v1().add(BigInteger.ONE)));
    assertNotEquals(
        tracker,
        Tracker.of(ELECTION, new EncryptedBallot(BALLOT.selections(), proofs, BALLOT.sumIsOne())));
    List<Ciphertext> swapped = new ArrayList<>(BALLOT.selections());
    swapped.set(0, BALLOT.selections().get(1));
    swapped.set(1, BALLOT.selections().get(0));
    assertNotEquals(
        tracker,
        Tracker.of(ELECTION, new EncryptedBallot(swapped, BALLOT.zeroOrOne(), BALLOT.sumIsOne())));
    ConstantProof sum = BALLOT.sumIsOne();
    assertNotEquals(
        tracker,
        Tracker.of(
            ELECTION,
            new EncryptedBallot(
                BALLOT.selections(),
                BALLOT.zeroOrOne(),
                new ConstantProof(sum.response(), sum.challenge()))));
  }

  @Test
  void aBallotWithoutOneProofPerCiphertextHasNoTracker() {
    EncryptedBallot short_ =
        new EncryptedBallot(
            BALLOT.selections(), BALLOT.zeroOrOne().subList(0, 2), BALLOT.sumIsOne());
    assertThrows(CryptoRefusal.class, () -> Tracker.of(ELECTION, short_));
    assertThrows(CryptoRefusal.class, () -> Tracker.shortForm("ABC"));
  }

  @Test
  void aReceiptVerifiesOnlyForItsKeyElectionTrackerAndEncryptedBy() {
    byte[] seed = new byte[32];
    Changes.RANDOM.nextBytes(seed);
    byte[] publicKey = Receipt.publicKey(seed);
    String tracker = Tracker.of(ELECTION, BALLOT);
    byte[] signature = Receipt.sign(seed, ELECTION, tracker, Receipt.EncryptedBy.VOTER);
    assertEquals(64, signature.length);
    assertTrue(Receipt.verify(publicKey, signature, ELECTION, tracker, Receipt.EncryptedBy.VOTER));
    assertTrue(
        Receipt.verifyHex(
            Hex.toHexString(publicKey),
            Hex.toHexString(signature),
            ELECTION,
            tracker,
            Receipt.EncryptedBy.VOTER));
    assertFalse(
        Receipt.verify(publicKey, signature, ELECTION, tracker, Receipt.EncryptedBy.SERVER));
    String other = (tracker.startsWith("0") ? "1" : "0") + tracker.substring(1);
    assertFalse(Receipt.verify(publicKey, signature, ELECTION, other, Receipt.EncryptedBy.VOTER));
    assertFalse(
        Receipt.verify(
            publicKey,
            signature,
            "0123456789abcdef0123456789abcdef",
            tracker,
            Receipt.EncryptedBy.VOTER));
    byte[] anotherSeed = seed.clone();
    anotherSeed[0] ^= 1;
    assertFalse(
        Receipt.verify(
            Receipt.publicKey(anotherSeed),
            signature,
            ELECTION,
            tracker,
            Receipt.EncryptedBy.VOTER));
    byte[] changed = signature.clone();
    changed[10] ^= 1;
    assertFalse(Receipt.verify(publicKey, changed, ELECTION, tracker, Receipt.EncryptedBy.VOTER));
    assertFalse(
        Receipt.verify(publicKey, new byte[63], ELECTION, tracker, Receipt.EncryptedBy.VOTER));
    assertFalse(
        Receipt.verifyHex(
            "00", Hex.toHexString(signature), ELECTION, tracker, Receipt.EncryptedBy.VOTER));
    assertThrows(
        CryptoRefusal.class,
        () -> Receipt.message(ELECTION, tracker.toUpperCase(), Receipt.EncryptedBy.VOTER));
    assertThrows(CryptoRefusal.class, () -> Receipt.EncryptedBy.fromWire("browser"));
  }

  @Test
  void theReceiptMessageIsTheTranscriptOfTheContract() {
    String tracker = "ab".repeat(32);
    byte[] expected =
        new Transcript("securevote/v1/receipt", ELECTION).text(tracker).text("server").bytes();
    assertEquals(
        Hex.toHexString(expected),
        Hex.toHexString(Receipt.message(ELECTION, tracker, Receipt.EncryptedBy.SERVER)));
  }
}
