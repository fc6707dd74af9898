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
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ConstantProof;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.EqualityProof;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.Tracker;
import org.securevote.tools.format.ElectionRecord;
import org.securevote.tools.format.PartialsFile;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.RecordBallot;
import org.securevote.tools.verify.RecordFixtures;

/**
 * trustee verify on a complete record made in memory (2-of-3 ceremony, six ballots, trustees 1 and
 * 3 decrypting): it passes, and each single change fails, naming the check it breaks and where.
 */
class VerifyCommandTest {
  private static final String ELECTION = RecordFixtures.ELECTION;

  /** Ada 3, Grace 2, Edsger 1. */
  private static final int[] CHOICES = {0, 1, 0, 2, 1, 0};

  private static RecordFixtures fixture;
  private static ElectionRecord valid;

  @TempDir Path dir;

  @BeforeAll
  static void election() {
    fixture = new RecordFixtures();
    valid = fixture.record(CHOICES);
  }

  @Test
  void aCompleteRecordPassesEveryCheck() throws IOException {
    ToolRun run = verify(valid).ok();
    List<String> lines = run.out().lines().toList();
    assertEquals(
        List.of(
            "trustees",
            "ballots",
            "trackers",
            "ciphertexts",
            "receipts",
            "participation",
            "totals",
            "decryptions",
            "results"),
        lines.subList(0, 9).stream().map(l -> l.substring(5, l.indexOf(':'))).toList());
    assertTrue(lines.subList(0, 9).stream().allMatch(l -> l.startsWith("ok   ")), run.out());
    assertTrue(
        run.out()
            .contains(
                "ok   results: [Ada Lovelace 3, Grace Hopper 2, Edsger Dijkstra 1], each c*G = B -"
                    + " sum lambda_j*D_j over trustees [1, 3]"),
        run.out());
    assertEquals("the record of election " + ELECTION + " passes all 9 checks", lines.get(9));
  }

  @Test
  void theRecordReadsBackToTheSameText() {
    String text = valid.text();
    assertEquals(text, ElectionRecord.read(text, "record").text());
  }

  @Test
  void anElectionWithoutBallotsPasses() throws IOException {
    ToolRun run = verify(fixture.record()).ok();
    assertTrue(run.out().contains("ok   results: no ballots, every count 0"), run.out());
  }

  @Test
  void aChangedCiphertextFailsItsBallotNamingTheTracker() throws IOException {
    Edit e = new Edit(valid);
    RecordBallot b = e.ballots.get(2);
    List<Ciphertext> selections = new ArrayList<>(b.ballot().selections());
    Ciphertext c = selections.get(0);
    selections.set(0, new Ciphertext(c.a(), c.b().add(Group.G).normalize()));
    e.ballots.set(2, withBallot(b, selections, b.ballot().sumIsOne()));
    ToolRun run = verify(e.done());
    assertFailed(run, "ballots", "trackers", "totals", "decryptions", "results");
    assertTrue(
        run.out()
            .contains(
                "FAIL ballots: 1 of 6 ballots fail their proofs; the first is ballots[2] (tracker "
                    + Tracker.shortForm(b.tracker())
                    + "): the proof that the ciphertext for candidate 1 encrypts 0 or 1 fails"),
        run.out());
  }

  @Test
  void aChangedProofScalarFailsTheBallot() throws IOException {
    Edit e = new Edit(valid);
    RecordBallot b = e.ballots.get(4);
    ConstantProof sum = b.ballot().sumIsOne();
    ConstantProof changed =
        new ConstantProof(sum.challenge(), sum.response().add(BigInteger.ONE).mod(Group.ORDER));
    e.ballots.set(4, withBallot(b, b.ballot().selections(), changed));
    ToolRun run = verify(e.done());
    // The tracker covers the proofs too, so it no longer names this ballot.
    assertFailed(run, "ballots", "trackers");
    assertTrue(
        run.out().contains("the first is ballots[4] (tracker " + Tracker.shortForm(b.tracker())),
        run.out());
    assertTrue(run.out().contains("exactly one candidate is chosen fails"), run.out());
  }

  @Test
  void aDuplicateBallotFailsTrackersCiphertextsAndTheCount() throws IOException {
    Edit e = new Edit(valid);
    e.ballots.add(e.ballots.get(1));
    e.voted++;
    ToolRun run = verify(e.done());
    // The copy counts twice: the published totals no longer add up, nor do the decryptions.
    assertFailed(run, "trackers", "ciphertexts", "totals", "decryptions", "results");
    assertTrue(
        run.out().contains("ballots[6] (tracker " + Tracker.shortForm(e.ballots.get(1).tracker())),
        run.out());
    assertTrue(run.out().contains("FAIL ciphertexts: 3 ciphertexts repeat an earlier A"));
  }

  @Test
  void aDroppedBallotFailsParticipation() throws IOException {
    Edit e = new Edit(valid);
    e.ballots.remove(3);
    ToolRun run = verify(e.done());
    assertFailed(run, "participation", "totals", "decryptions", "results");
    assertTrue(
        run.out()
            .contains(
                "FAIL participation: 5 ballots in the record, but 6 voters are recorded as having"
                    + " voted"),
        run.out());
  }

  @Test
  void aChangedTrackerFailsTrackersAndItsReceipt() throws IOException {
    Edit e = new Edit(valid);
    RecordBallot b = e.ballots.get(0);
    String other = (b.tracker().charAt(0) == '0' ? "1" : "0") + b.tracker().substring(1);
    e.ballots.set(0, new RecordBallot(other, b.encryptedBy(), b.receipt(), b.ballot()));
    ToolRun run = verify(e.done());
    assertFailed(run, "trackers", "receipts");
    assertTrue(
        run.out()
            .contains(
                "FAIL trackers: 1 of 6 trackers are not the digest of their ballot; the first is"
                    + " ballots[0] (tracker "
                    + Tracker.shortForm(other)
                    + ")"),
        run.out());
  }

  @Test
  void aChangedReceiptFailsReceipts() throws IOException {
    Edit e = new Edit(valid);
    RecordBallot b = e.ballots.get(5);
    String receipt = b.receipt().substring(0, 127) + (b.receipt().endsWith("0") ? "1" : "0");
    e.ballots.set(5, new RecordBallot(b.tracker(), b.encryptedBy(), receipt, b.ballot()));
    ToolRun run = verify(e.done());
    assertFailed(run, "receipts");
    assertTrue(
        run.out()
            .contains(
                "FAIL receipts: 1 of 6 receipts are not receiptKey's signature of their ballot;"
                    + " the first is ballots[5]"),
        run.out());
  }

  @Test
  void aReceiptForAnotherEncryptedByFails() throws IOException {
    Edit e = new Edit(valid);
    RecordBallot b = e.ballots.get(1);
    e.ballots.set(
        1,
        new RecordBallot(
            b.tracker(),
            org.securevote.tools.crypto.Receipt.EncryptedBy.SERVER,
            b.receipt(),
            b.ballot()));
    assertFailed(verify(e.done()), "receipts");
  }

  @Test
  void aChangedPartialDecryptionFailsDecryptionsAndLeavesTooFewForTheResults() throws IOException {
    Edit e = new Edit(valid);
    PartialsFile p = e.partials.get(1);
    List<PartialDecryption> shares = new ArrayList<>(p.partials());
    PartialDecryption d = shares.get(1);
    ECPoint changed = d.share().add(Group.G).normalize();
    shares.set(1, new PartialDecryption(d.trustee(), changed, d.proof()));
    e.partials.set(1, new PartialsFile(p.electionId(), p.trustee(), p.candidates(), shares));
    ToolRun run = verify(e.done());
    assertFailed(run, "decryptions", "results");
    assertTrue(
        run.out()
            .contains(
                "FAIL decryptions: partialDecryptions[1] (trustee 3): the proofs for [Grace"
                    + " Hopper] fail against K_3; decrypting takes 2 trustees; 1 gave valid"
                    + " partial decryptions"),
        run.out());
  }

  @Test
  void aPartialDecryptionWithAnotherTrusteesNumberFails() throws IOException {
    Edit e = new Edit(valid);
    PartialsFile p = e.partials.get(1);
    List<PartialDecryption> shares =
        p.partials().stream()
            .map(
                d ->
                    new PartialDecryption(
                        2,
                        d.share(),
                        new EqualityProof(d.proof().challenge(), d.proof().response())))
            .toList();
    e.partials.set(1, new PartialsFile(p.electionId(), 2, p.candidates(), shares));
    assertFailed(verify(e.done()), "decryptions", "results");
  }

  @Test
  void aChangedResultFailsResults() throws IOException {
    Edit e = new Edit(valid);
    e.results.set(0, new ElectionRecord.Count("Ada Lovelace", 4));
    ToolRun run = verify(e.done());
    assertFailed(run, "results");
    assertTrue(
        run.out()
            .contains(
                "FAIL results: the counts [Ada Lovelace 4] are not what the decryptions give"),
        run.out());
  }

  @Test
  void resultsUnderOtherNamesFail() throws IOException {
    Edit e = new Edit(valid);
    e.results.set(2, new ElectionRecord.Count("Alan Turing", 1));
    assertFailed(verify(e.done()), "results");
  }

  @Test
  void anotherTrusteePublicFileFailsTheKeyAndFingerprint() throws IOException {
    Edit e = new Edit(valid);
    PublicFile other = fixture.publicFile(2); // valid proofs, but not the ceremony's
    e.publics.set(1, other);
    ToolRun run = verify(e.done());
    // Other commitments give other verification keys: the decryptions no longer hold either.
    assertFailed(run, "trustees", "decryptions", "results");
    assertTrue(
        run.out()
            .contains(
                "is not the sum of the trustees' C_i0; fingerprint "
                    + valid.fingerprint().hex()
                    + " is not the public files' "),
        run.out());
  }

  @Test
  void aTrusteeKeyProofThatFailsIsNamed() throws IOException {
    Edit e = new Edit(valid);
    PublicFile p = e.publics.get(0);
    PublicFile changed =
        new PublicFile(
            p.ceremony(),
            new org.securevote.tools.crypto.TrusteePublicKey(
                1, p.key().key().add(Group.G).normalize(), p.key().proof()),
            p.commitments());
    e.publics.set(0, changed);
    ToolRun run = verify(e.done());
    assertFailed(run, "trustees");
    assertTrue(run.out().contains("trusteePublics[0]: trustee 1's key proof fails"), run.out());
  }

  @Test
  void aRecordWithADuplicatedKeyIsRefusedNamingIt() throws IOException {
    String text = valid.text().replaceFirst("\"voted\":6", "\"voted\":6,\"voted\":5");
    Path file = dir.resolve("record.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    ToolRun.of("verify", "--record", file.toString())
        .assertRefused("trustee: " + file + ": the key \"voted\" appears twice\n");
    String inBallot =
        valid
            .text()
            .replaceFirst(
                "\"encryptedBy\":\"voter\"",
                "\"encryptedBy\":\"voter\",\"encryptedBy\":\"server\"");
    Files.writeString(file, inBallot, StandardCharsets.UTF_8);
    ToolRun.of("verify", "--record", file.toString())
        .assertRefused("trustee: " + file + ": ballots[0] has the key \"encryptedBy\" twice\n");
  }

  @Test
  void aRecordWithAMissingOrStrangeFieldIsRefusedNamingIt() throws IOException {
    Path file = dir.resolve("record.json");
    Files.writeString(file, valid.text().replaceFirst(",\"voted\":6", ""), StandardCharsets.UTF_8);
    ToolRun.of("verify", "--record", file.toString())
        .assertRefused("trustee: " + file + ": \"voted\" is missing\n");
    Files.writeString(
        file,
        valid.text().replaceFirst("\"voted\":6", "\"voted\":6,\"extra\":1"),
        StandardCharsets.UTF_8);
    ToolRun.of("verify", "--record", file.toString())
        .assertRefused("trustee: " + file + ": \"extra\" is not a field of the record\n");
    Files.writeString(
        file,
        valid.text().replaceFirst("\"receipt\":\"[0-9a-f]{128}\"", "\"receipt\":\"00\""),
        StandardCharsets.UTF_8);
    ToolRun.of("verify", "--record", file.toString())
        .assertRefused(
            "trustee: " + file + " ballots[0]: \"receipt\" is not 128 lowercase hex digits\n");
  }

  @Test
  void aMissingRecordOrOptionIsNamed() {
    ToolRun.of("verify", "--record", dir.resolve("none.json").toString())
        .assertRefused("trustee: " + dir.resolve("none.json") + ": no such file\n");
    assertEquals(2, ToolRun.of("verify").exit());
  }

  private ToolRun verify(ElectionRecord record) throws IOException {
    Path file = dir.resolve("record.json");
    Files.writeString(file, record.text(), StandardCharsets.UTF_8);
    return ToolRun.of("verify", "--record", file.toString());
  }

  /** Exit 1, and exactly these checks FAIL, in this order. */
  private static void assertFailed(ToolRun run, String... checks) {
    assertEquals(1, run.exit(), run.out());
    List<String> failed =
        run.out()
            .lines()
            .filter(l -> l.startsWith("FAIL "))
            .map(l -> l.substring(5, l.indexOf(':')))
            .toList();
    assertEquals(List.of(checks), failed, run.out());
    assertTrue(run.err().startsWith("trustee: the record of election " + ELECTION + " fails "));
  }

  private static RecordBallot withBallot(
      RecordBallot b, List<Ciphertext> selections, ConstantProof sum) {
    return new RecordBallot(
        b.tracker(),
        b.encryptedBy(),
        b.receipt(),
        new EncryptedBallot(selections, b.ballot().zeroOrOne(), sum));
  }

  /** A record with parts replaced. */
  private static final class Edit {
    final ElectionRecord r;
    final List<RecordBallot> ballots;
    long voted;
    final List<PublicFile> publics;
    final List<PartialsFile> partials;
    final List<ElectionRecord.Count> results;

    Edit(ElectionRecord r) {
      this.r = r;
      this.ballots = new ArrayList<>(r.ballots());
      this.voted = r.voted();
      this.publics = new ArrayList<>(r.trusteePublics());
      this.partials = new ArrayList<>(r.partialDecryptions());
      this.results = new ArrayList<>(r.results());
    }

    ElectionRecord done() {
      return new ElectionRecord(
          r.election(),
          r.candidates(),
          r.trustees(),
          r.threshold(),
          publics,
          r.publicKey(),
          r.fingerprint(),
          r.receiptKey(),
          ballots,
          voted,
          r.encryptedTotals(),
          partials,
          results);
    }
  }
}
