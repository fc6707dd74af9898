package org.securevote.tools.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Tracker;
import org.securevote.tools.format.ChallengedBallot;
import org.securevote.tools.verify.RecordFixtures;

/** trustee check-challenge on a ballot for Grace Hopper, challenged instead of cast. */
class CheckChallengeCommandTest {
  private static final String ELECTION = RecordFixtures.ELECTION;
  private static final List<String> CANDIDATES = RecordFixtures.CANDIDATES;
  private static ECPoint key;
  private static ChallengedBallot grace;

  @TempDir Path dir;

  @BeforeAll
  static void challenge() {
    key = new RecordFixtures().key.publicKey();
    grace = challenged(key, 1);
  }

  private static ChallengedBallot challenged(ECPoint key, int choice) {
    EncryptedBallot.Encrypted e =
        EncryptedBallot.encrypt(ELECTION, key, 3, choice, RecordFixtures.RANDOM);
    return new ChallengedBallot(
        ELECTION, key, CANDIDATES, Tracker.of(ELECTION, e.ballot()), e.ballot(), e.randomness());
  }

  @Test
  void theRightChoicePasses() throws IOException {
    ToolRun run = check(grace, "Grace Hopper", key).ok();
    String tracker = Tracker.shortForm(grace.tracker());
    assertEquals(
        List.of(
            "ok   key: the election key " + Group.pointHex(key),
            "ok   tracker: " + tracker + " is the digest of this ballot",
            "ok   proofs: every proof holds",
            "ok   choice: the ballot encrypted exactly Grace Hopper",
            "the challenged ballot encrypted exactly Grace Hopper"),
        run.out().lines().toList());
  }

  @Test
  void anotherChoiceFailsNamingWhatWasEncrypted() throws IOException {
    ToolRun run = check(grace, "Ada Lovelace", key);
    assertEquals(1, run.exit());
    assertTrue(
        run.out().contains("FAIL choice: the ballot encrypted Grace Hopper, not Ada Lovelace"),
        run.out());
    assertTrue(
        run.err()
            .endsWith(
                ": the ballot encrypted Grace Hopper, not Ada Lovelace; do not cast a ballot made"
                    + " by this device or page\n"),
        run.err());
  }

  @Test
  void alteredRandomnessFails() throws IOException {
    List<BigInteger> r = new ArrayList<>(grace.randomness());
    r.set(2, r.get(2).add(BigInteger.ONE).mod(Group.ORDER));
    ChallengedBallot altered =
        new ChallengedBallot(ELECTION, key, CANDIDATES, grace.tracker(), grace.ballot(), r);
    ToolRun run = check(altered, "Grace Hopper", key);
    assertEquals(1, run.exit());
    assertTrue(
        run.out()
            .contains(
                "FAIL choice: the randomness does not open the ciphertexts of [Edsger Dijkstra]"
                    + " to 0 or 1"),
        run.out());
  }

  @Test
  void aBallotOfTwoChoicesCannotPassForOne() throws IOException {
    // What a cheating page would make: the 0-or-1 values of another ballot under the same r.
    ChallengedBallot ada = challenged(key, 0);
    ChallengedBallot mixed =
        new ChallengedBallot(
            ELECTION, key, CANDIDATES, grace.tracker(), grace.ballot(), ada.randomness());
    assertEquals(1, check(mixed, "Grace Hopper", key).exit());
  }

  @Test
  void aChangedTrackerFails() throws IOException {
    String other = (grace.tracker().startsWith("0") ? "1" : "0") + grace.tracker().substring(1);
    ChallengedBallot changed =
        new ChallengedBallot(ELECTION, key, CANDIDATES, other, grace.ballot(), grace.randomness());
    ToolRun run = check(changed, "Grace Hopper", key);
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("FAIL tracker: the file's tracker " + Tracker.shortForm(other)));
  }

  @Test
  void aBallotForAnotherKeyIsRefused() throws IOException {
    ECPoint servers = KeyPair.generate(RecordFixtures.RANDOM).publicKey();
    ChallengedBallot toServer = challenged(servers, 1);
    Path file = write(toServer);
    ToolRun run =
        ToolRun.of(
            "check-challenge",
            "--challenge",
            file.toString(),
            "--choice",
            "Grace Hopper",
            "--public-key",
            Group.pointHex(key));
    run.assertRefused(
        "trustee: "
            + file
            + ": the ballot was encrypted to the key "
            + Group.pointHex(servers)
            + ", not the election's "
            + Group.pointHex(key)
            + " (--public-key); a page that did this could read the vote\n");
    assertEquals("", run.out());
  }

  @Test
  void anUnknownCandidateOrKeyIsNamed() throws IOException {
    Path file = write(grace);
    ToolRun.of(
            "check-challenge",
            "--challenge",
            file.toString(),
            "--choice",
            "Alan Turing",
            "--public-key",
            Group.pointHex(key))
        .assertRefused(
            "trustee: "
                + file
                + ": \"Alan Turing\" is not a candidate of this ballot [Ada Lovelace, Grace"
                + " Hopper, Edsger Dijkstra]\n");
    ToolRun bad =
        ToolRun.of(
            "check-challenge",
            "--challenge",
            file.toString(),
            "--choice",
            "Grace Hopper",
            "--public-key",
            "02abc");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--public-key takes the election key"), bad.err());
  }

  @Test
  void anApprovalBallotPassesWithEachApprovedNameAndFailsWithFewer() throws IOException {
    EncryptedBallot.Encrypted e =
        EncryptedBallot.encrypt(
            ELECTION, key, 3, new ChoiceBounds(0, 2), Set.of(0, 2), RecordFixtures.RANDOM);
    ChallengedBallot approval =
        new ChallengedBallot(
            ELECTION,
            key,
            CANDIDATES,
            Tracker.of(ELECTION, e.ballot()),
            e.ballot(),
            e.randomness());
    ToolRun run =
        ToolRun.of(
                "check-challenge",
                "--challenge",
                write(approval).toString(),
                "--choice",
                "Edsger Dijkstra",
                "--choice",
                "Ada Lovelace",
                "--public-key",
                Group.pointHex(key))
            .ok();
    assertTrue(run.out().contains("ok   proofs: every proof holds"), run.out());
    assertTrue(
        run.out()
            .contains("ok   choice: the ballot encrypted exactly Ada Lovelace, Edsger Dijkstra"),
        run.out());
    ToolRun one = check(approval, "Ada Lovelace", key);
    assertEquals(1, one.exit());
    assertTrue(
        one.out()
            .contains(
                "FAIL choice: the ballot encrypted several candidates [Ada Lovelace, Edsger"
                    + " Dijkstra], not Ada Lovelace alone"),
        one.out());
  }

  @Test
  void onlyChoiceMayBeGivenTwice() throws IOException {
    ToolRun twice =
        ToolRun.of(
            "check-challenge",
            "--challenge",
            write(grace).toString(),
            "--challenge",
            "other.json",
            "--choice",
            "Grace Hopper",
            "--public-key",
            Group.pointHex(key));
    assertEquals(2, twice.exit(), twice.err());
    assertTrue(twice.err().contains("--challenge is given twice"), twice.err());
  }

  @Test
  void theFileReadsBackAsWritten() {
    assertEquals(grace.text(), ChallengedBallot.read(grace.text(), "challenge").text());
  }

  @Test
  void aBlankBallotPassesWithBlankAndWithNoOtherChoice() throws IOException {
    EncryptedBallot.Encrypted e =
        EncryptedBallot.encrypt(
            ELECTION, key, 3, new ChoiceBounds(0, 2), Set.of(), RecordFixtures.RANDOM);
    ChallengedBallot blank =
        new ChallengedBallot(
            ELECTION,
            key,
            CANDIDATES,
            Tracker.of(ELECTION, e.ballot()),
            e.ballot(),
            e.randomness());
    String file = write(blank).toString();
    ToolRun run =
        ToolRun.of(
                "check-challenge",
                "--challenge",
                file,
                "--blank",
                "--public-key",
                Group.pointHex(key))
            .ok();
    assertTrue(run.out().contains("ok   choice: the ballot encrypted no candidate\n"), run.out());
    assertTrue(
        run.out().endsWith("the challenged ballot encrypted no candidate: a blank ballot\n"),
        run.out());
    ToolRun ada = check(blank, "Ada Lovelace", key);
    assertEquals(1, ada.exit());
    assertTrue(
        ada.out().contains("FAIL choice: the ballot encrypted no candidate, not Ada Lovelace"),
        ada.out());

    ToolRun notBlank = checkBlank(grace);
    assertEquals(1, notBlank.exit());
    assertTrue(
        notBlank
            .out()
            .contains("FAIL choice: the ballot encrypted Grace Hopper, not a blank ballot"),
        notBlank.out());

    ToolRun both =
        ToolRun.of(
            "check-challenge",
            "--challenge",
            file,
            "--blank",
            "--choice",
            "Ada Lovelace",
            "--public-key",
            Group.pointHex(key));
    assertEquals(2, both.exit());
    assertTrue(both.err().contains("give it or --choice, not both"), both.err());
    ToolRun neither =
        ToolRun.of("check-challenge", "--challenge", file, "--public-key", Group.pointHex(key));
    assertEquals(2, neither.exit());
    assertTrue(neither.err().contains("missing --choice (or --blank"), neither.err());
  }

  private ToolRun checkBlank(ChallengedBallot challenge) throws IOException {
    return ToolRun.of(
        "check-challenge",
        "--challenge",
        write(challenge).toString(),
        "--blank",
        "--public-key",
        Group.pointHex(key));
  }

  private ToolRun check(ChallengedBallot challenge, String choice, ECPoint key) throws IOException {
    return ToolRun.of(
        "check-challenge",
        "--challenge",
        write(challenge).toString(),
        "--choice",
        choice,
        "--public-key",
        Group.pointHex(key));
  }

  private Path write(ChallengedBallot challenge) throws IOException {
    Path file = dir.resolve("challenge.json");
    Files.writeString(file, challenge.text(), StandardCharsets.UTF_8);
    return file;
  }
}
