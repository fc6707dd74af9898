package org.securevote.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The other direction of the browser cross-test: a ballot that the bundled browser code
 * (voting-web/src/main/js) made from seeded scalars, committed as browser-ballot.json, verifies
 * here and opens to the voter's choice; with one element changed it is refused, naming the check.
 * The Node test in voting-web fails if the bundle no longer produces exactly this file.
 */
class BrowserBallotTest {
  static final String FILE = "browser-ballot.json";

  private Map<String, Object> fixture;
  private String electionId;
  private ECPoint publicKey;
  private int candidates;

  @BeforeEach
  void readFixture() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/" + FILE)) {
      assertNotNull(in, FILE + " is missing; the voting-web Node test writes it");
      fixture = map(JsonReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    electionId = (String) fixture.get("election_id");
    publicKey = Group.pointFromHex((String) fixture.get("public_key"));
    candidates = ((Long) fixture.get("candidates")).intValue();
  }

  @Test
  void theBrowserBallotIsValidAndOpensToTheChoice() {
    EncryptedBallot ballot = ballot(map(fixture.get("ballot")));
    assertEquals(BallotVerdict.VALID, ballot.verify(electionId, publicKey, candidates));

    BigInteger secret = Group.scalarFromHex((String) fixture.get("secret_key"));
    int choice = ((Long) fixture.get("choice")).intValue();
    for (int i = 0; i < candidates; i++) {
      assertEquals(
          OptionalLong.of(i == choice ? 1 : 0),
          ElGamal.decrypt(secret, ballot.selections().get(i), 1),
          "candidate " + i);
    }
  }

  @Test
  void theRevealedRandomnessReproducesTheCiphertexts() {
    EncryptedBallot ballot = ballot(map(fixture.get("ballot")));
    List<Object> randomness = list(fixture.get("randomness"));
    int choice = ((Long) fixture.get("choice")).intValue();
    for (int i = 0; i < candidates; i++) {
      BigInteger r = Group.scalarFromHex((String) randomness.get(i));
      assertEquals(ElGamal.encrypt(publicKey, i == choice ? 1 : 0, r), ballot.selections().get(i));
    }
  }

  @Test
  void anotherElectionOrCandidateCountRefusesIt() {
    EncryptedBallot ballot = ballot(map(fixture.get("ballot")));
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, 0),
        ballot.verify(Changes.OTHER_ELECTION, publicKey, candidates));
    assertEquals(
        BallotVerdict.Check.CANDIDATE_COUNT,
        ballot.verify(electionId, publicKey, candidates + 1).failed());
  }

  @Test
  void twoCandidatesPairsSwappedAreRefusedNamingTheFirst() {
    EncryptedBallot ballot = ballot(map(fixture.get("ballot")));
    List<Ciphertext> selections = new ArrayList<>(ballot.selections());
    List<ZeroOneProof> proofs = new ArrayList<>(ballot.zeroOrOne());
    Collections.swap(selections, 1, 3);
    Collections.swap(proofs, 1, 3);
    assertEquals(
        new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, 1),
        new EncryptedBallot(selections, proofs, ballot.sumIsOne())
            .verify(electionId, publicKey, candidates));
  }

  @Test
  void everyChangedElementIsRefusedNamingItsCheck() {
    for (int i = 0; i < candidates; i++) {
      for (String part : List.of("a", "b")) {
        int candidate = i;
        assertRefused(
            changed("selections", i, part, hex -> Group.pointHex(Changes.plusG(point(hex)))),
            new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, candidate));
      }
      for (String field : List.of("c0", "c1", "v0", "v1")) {
        assertRefused(
            changed("zeroOrOne", i, field, BrowserBallotTest::plusOne),
            new BallotVerdict(BallotVerdict.Check.ZERO_OR_ONE, i));
      }
    }
    for (String field : List.of("challenge", "response")) {
      Map<String, Object> ballot = copy(map(fixture.get("ballot")));
      Map<String, Object> sum = map(ballot.get("sumIsOne"));
      sum.put(field, plusOne((String) sum.get(field)));
      assertRefused(ballot, new BallotVerdict(BallotVerdict.Check.SUM_IS_ONE, -1));
    }
  }

  @Test
  void anElementThatIsNoLongerACanonicalEncodingIsRefusedWhenRead() {
    for (UnaryOperator<String> change :
        List.<UnaryOperator<String>>of(
            String::toUpperCase, hex -> hex.substring(2), hex -> "04" + hex.substring(2))) {
      Map<String, Object> ballot = changed("selections", 0, "a", change);
      assertThrows(CryptoRefusal.class, () -> ballot(ballot));
    }
    Map<String, Object> ballot = changed("zeroOrOne", 0, "c0", hex -> "ff".repeat(32));
    assertThrows(CryptoRefusal.class, () -> ballot(ballot)); // not below n
  }

  private void assertRefused(Map<String, Object> ballot, BallotVerdict expected) {
    assertEquals(expected, ballot(ballot).verify(electionId, publicKey, candidates));
  }

  /** A copy of the fixture's ballot with one field of one list entry changed. */
  private Map<String, Object> changed(
      String listName, int index, String field, UnaryOperator<String> change) {
    Map<String, Object> ballot = copy(map(fixture.get("ballot")));
    Map<String, Object> entry = map(list(ballot.get(listName)).get(index));
    entry.put(field, change.apply((String) entry.get(field)));
    return ballot;
  }

  /** The wire form of docs/election-crypto.md, in the field names of the Java records. */
  private static EncryptedBallot ballot(Map<String, Object> json) {
    List<Ciphertext> selections = new ArrayList<>();
    for (Object o : list(json.get("selections"))) {
      Map<String, Object> c = map(o);
      selections.add(Ciphertext.fromHex((String) c.get("a"), (String) c.get("b")));
    }
    List<ZeroOneProof> proofs = new ArrayList<>();
    for (Object o : list(json.get("zeroOrOne"))) {
      Map<String, Object> p = map(o);
      proofs.add(
          new ZeroOneProof(scalar(p, "c0"), scalar(p, "c1"), scalar(p, "v0"), scalar(p, "v1")));
    }
    Map<String, Object> sum = map(json.get("sumIsOne"));
    return new EncryptedBallot(
        selections, proofs, new ConstantProof(scalar(sum, "challenge"), scalar(sum, "response")));
  }

  private static BigInteger scalar(Map<String, Object> json, String field) {
    return Group.scalarFromHex((String) json.get(field));
  }

  private static ECPoint point(String hex) {
    return Group.pointFromHex(hex);
  }

  private static String plusOne(String scalarHex) {
    return Group.scalarHex(Changes.plusOne(Group.scalarFromHex(scalarHex)));
  }

  /** A deep copy, so each change starts from the fixture as read. */
  @SuppressWarnings("unchecked")
  private static <T> T copy(T json) {
    if (json instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      m.forEach((k, value) -> out.put((String) k, copy(value)));
      return (T) out;
    }
    if (json instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(value -> out.add(copy(value)));
      return (T) out;
    }
    return json;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object json) {
    return (List<Object>) json;
  }
}
