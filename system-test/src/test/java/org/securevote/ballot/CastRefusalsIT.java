package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.control.InvalidBallot;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.ElectionId;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;
import org.securevote.platform.Refusal;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ConstantProof;
import org.securevote.tools.crypto.ElGamal;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.ZeroOneProof;
import org.securevote.tools.format.BallotJson;
import org.securevote.trustee.control.PublishedKeys;

/**
 * Ballots a voter's device (or anyone posing as one) could send that the ballot box must refuse:
 * each refused with its reason, as INVALID (the API's 422), and nothing stored, neither the ballot,
 * nor a ciphertext, nor the voter's participation.
 */
@ExtendWith(ArquillianExtension.class)
class CastRefusalsIT {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("cast-refusals-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter1;
  @Inject Callers.AsVoter2 voter2;
  @Inject ElectionAdministration elections;
  @Inject BallotBox ballotBox;
  @Inject PublishedKeys keys;
  @Inject Fixtures fixtures;

  @Test
  void aCiphertextOfTwoForOneCandidateIsRefusedNamingItsProof() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    ECPoint k = key(id);
    // The device lies: 2 for Ada, 0 for Grace, each "proved" to be 0 or 1.
    BigInteger r0 = Group.randomScalar(RANDOM);
    BigInteger r1 = Group.randomScalar(RANDOM);
    Ciphertext two = ElGamal.encrypt(k, 2, r0);
    Ciphertext zero = ElGamal.encrypt(k, 0, r1);
    String e = id.value();
    EncryptedBallot forged =
        new EncryptedBallot(
            List.of(two, zero),
            List.of(
                ZeroOneProof.prove(e, k, 0, 2, two, 1, r0, RANDOM),
                ZeroOneProof.prove(e, k, 1, 2, zero, 0, r1, RANDOM)),
            ConstantProof.proveSum(e, k, List.of(two, zero), 1, r0.add(r1), RANDOM));

    assertRefused(
        id,
        json(forged),
        "The ballot was refused: the proof that the ciphertext for candidate 1 encrypts 0 or 1"
            + " fails.");
  }

  @Test
  void twoCandidatesChosenIsRefusedByTheSumProof() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    ECPoint k = key(id);
    String e = id.value();
    List<Ciphertext> ones = new ArrayList<>();
    List<ZeroOneProof> proofs = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < 2; i++) {
      BigInteger r = Group.randomScalar(RANDOM);
      Ciphertext one = ElGamal.encrypt(k, 1, r);
      ones.add(one);
      proofs.add(ZeroOneProof.prove(e, k, i, 2, one, 1, r, RANDOM));
      total = total.add(r);
    }
    EncryptedBallot both =
        new EncryptedBallot(
            ones, proofs, ConstantProof.proveSum(e, k, ones, 1, total.mod(Group.ORDER), RANDOM));

    assertRefused(
        id,
        json(both),
        "The ballot was refused: the proof that exactly one candidate is chosen fails.");
  }

  @Test
  void aProofMadeForAnotherElectionIsRefused() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    ElectionId other = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    // Under this election's own key, but proved for the other one's id.
    EncryptedBallot moved = EncryptedBallot.encrypt(other.value(), key(id), 2, 0, RANDOM).ballot();
    assertRefused(
        id,
        json(moved),
        "The ballot was refused: the proof that the ciphertext for candidate 1 encrypts 0 or 1"
            + " fails.");
    // And a ballot cast as the other election's, key and all.
    assertRefused(
        id,
        fixtures.ballotFor(other.value(), candidate(other, 1)),
        "The ballot was refused: the proof that the ciphertext for candidate 1 encrypts 0 or 1"
            + " fails.");
  }

  @Test
  void aBallotWithAnotherElectionsNumberOfSelectionsIsRefused() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    ElectionId three = Elections.openNow(admin, elections, fixtures, "Ada", "Grace", "Edsger");
    EncryptedBallot wide = EncryptedBallot.encrypt(id.value(), key(id), 3, 0, RANDOM).ballot();
    String expected =
        "The ballot was refused: the ballot does not hold one ciphertext and proof per candidate.";
    assertRefused(id, json(wide), expected);
    assertRefused(id, fixtures.ballotFor(three.value(), candidate(three, 2)), expected);
    EncryptedBallot narrow =
        EncryptedBallot.encrypt(three.value(), key(three), 2, 0, RANDOM).ballot();
    assertRefused(three, json(narrow), expected);
  }

  @Test
  void garbageIsRefusedAsNotABallot() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    String valid = fixtures.ballotFor(id.value(), candidate(id, 0));
    for (String garbage :
        List.of(
            "{not json",
            "[]",
            "\"a ballot\"",
            "{\"candidate\": \"" + candidate(id, 0) + "\"}",
            valid.replace("\"selections\"", "\"choices\""),
            valid.substring(0, valid.length() / 2),
            valid.replaceFirst("\"a\":\"0", "\"a\":\"1"),
            valid.replaceFirst("\"c0\":\"([0-9a-f])", "\"c0\":\"$1$1"))) {
      assertRefused(id, garbage, "This is not an encrypted ballot: ");
    }
    assertRefused(id, " ", "Send an encrypted ballot: no ballot was sent.");
  }

  @Test
  void theSameBallotCastByASecondVoterIsRefusedAndNothingOfItsCastStays() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    String ballot = fixtures.ballotFor(id.value(), candidate(id, 1));
    voter1.call(() -> ballotBox.cast(id, ballot));
    long[] before = stored(id);
    assertEquals(1, before[0]);
    assertEquals(2, before[1]);
    assertEquals(1, before[2]);

    assertRefused(
        id,
        ballot,
        "The ballot was refused: it repeats a ciphertext of a ballot already cast in this"
            + " election.");
    assertEquals(before[2], stored(id)[2], "voter2 has not voted");
  }

  @Test
  void aBallotSharingOneCiphertextWithAStoredOneIsRefused() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    ECPoint k = key(id);
    // Two devices drawing the same first randomness: the same A for Ada, different ballots.
    EncryptedBallot first = EncryptedBallot.encrypt(id.value(), k, 2, 0, seeded()).ballot();
    EncryptedBallot second = EncryptedBallot.encrypt(id.value(), k, 2, 1, seeded()).ballot();
    assertEquals(first.selections().get(0).a(), second.selections().get(0).a());
    assertNotEquals(json(first), json(second));
    voter1.call(() -> ballotBox.cast(id, json(first)));

    assertRefused(
        id,
        json(second),
        "The ballot was refused: it repeats a ciphertext of a ballot already cast in this"
            + " election.");
  }

  /** voter2 casts; refused INVALID with a message starting as given; no row of any kind added. */
  private void assertRefused(ElectionId id, String ballot, String message) throws Exception {
    long[] before = stored(id);
    Refusal refused =
        assertThrows(InvalidBallot.class, () -> voter2.call(() -> ballotBox.cast(id, ballot)));
    assertEquals(Refusal.Kind.INVALID, refused.kind());
    assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
    long[] after = stored(id);
    assertEquals(before[0], after[0], "ballots");
    assertEquals(before[1], after[1], "ciphertexts");
    assertEquals(before[2], after[2], "participations");
  }

  /** Ballots, ballot ciphertexts and participations of the election. */
  private long[] stored(ElectionId id) {
    return new long[] {
      count("select count(*) from ballot where election_id = ?1", id),
      count("select count(*) from ballot_ciphertext where election_id = ?1", id),
      count("select count(*) from participation where election_id = ?1", id)
    };
  }

  private ECPoint key(ElectionId id) {
    return keys.of(id.value()).orElseThrow().key().publicKey();
  }

  private String candidate(ElectionId id, int index) throws Exception {
    return admin.call(() -> elections.election(id)).candidates().get(index).id();
  }

  private static SecureRandom seeded() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(42);
    return random;
  }

  private static String json(EncryptedBallot ballot) {
    return BallotJson.toJson(ballot).toString();
  }

  private long count(String sql, ElectionId id) {
    return ((Number) fixtures.rows(sql, id.value()).get(0)[0]).longValue();
  }
}
