package org.securevote.tools.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.BallotVerdict;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.CoefficientCommitments;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.Receipt;
import org.securevote.tools.crypto.ThresholdDecryption;
import org.securevote.tools.crypto.Tracker;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.ElectionRecord;
import org.securevote.tools.format.FormatRefusal;
import org.securevote.tools.format.PartialsFile;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.RecordBallot;

/**
 * Every check of an election record, in the order of docs/election-record.md: trustees, ballots,
 * trackers, ciphertexts, receipts, participation, totals, decryptions, results. A failed check does
 * not stop the others; each later one works from what it can recompute itself (the sums of the
 * ballots, the verification keys from the commitments), never from a value a failed check doubted.
 */
public final class RecordVerifier {
  private final ElectionRecord record;
  private final String electionId;
  private final List<RecordBallot> ballots;
  private final List<Verdict> verdicts = new ArrayList<>();

  /** K_j from the commitments, index j-1; null when the public files do not give them. */
  private List<ECPoint> verificationKeys;

  /** Per ballot, from the one parallel pass. */
  private BallotVerdict[] proofs;

  private String[] trackers;
  private boolean[] receipts;

  /** Each candidate's sum over every ballot, as the verifier adds them up. */
  private List<Ciphertext> sums;

  /** The trustees whose every partial decryption holds, with their files. */
  private final TreeMap<Integer, PartialsFile> decrypting = new TreeMap<>();

  private RecordVerifier(ElectionRecord record) {
    this.record = record;
    this.electionId = record.election().id();
    this.ballots = record.ballots();
  }

  public static List<Verdict> verify(ElectionRecord record) {
    RecordVerifier v = new RecordVerifier(record);
    v.trustees();
    v.checkEveryBallot();
    v.ballots();
    v.trackers();
    v.ciphertexts();
    v.receipts();
    v.participation();
    v.sums();
    v.totals();
    v.decryptions();
    v.results();
    return List.copyOf(v.verdicts);
  }

  private void ok(String check, String detail) {
    verdicts.add(Verdict.ok(check, detail));
  }

  private void fail(String check, String detail) {
    verdicts.add(Verdict.fail(check, detail));
  }

  private void trustees() {
    int n = record.trustees();
    int k = record.threshold();
    List<String> problems = new ArrayList<>();
    List<PublicFile> files = record.trusteePublics();
    if (n < 1 || k < 1 || k > n) {
      fail("trustees", "threshold " + k + " of " + n + " trustees is not one with 1 <= k <= n");
      return;
    }
    if (files.size() != n) {
      fail("trustees", n + " trustees, but " + files.size() + " public files in trusteePublics");
      return;
    }
    Ceremony ceremony = new Ceremony(electionId, n, k, 1);
    boolean shaped = true;
    for (int i = 1; i <= n; i++) {
      PublicFile file = files.get(i - 1);
      try {
        file.check(ceremony, i, "trusteePublics[" + (i - 1) + "]");
      } catch (FormatRefusal e) {
        problems.add(e.getMessage());
        shaped &= file.commitments().threshold() == k && file.ceremony().trustee() == i;
      }
    }
    if (shaped) {
      List<CoefficientCommitments> commitments =
          files.stream().map(PublicFile::commitments).toList();
      ECPoint sum = Group.INFINITY;
      for (CoefficientCommitments c : commitments) {
        sum = sum.add(c.constantTerm());
      }
      if (!sum.equals(record.publicKey())) {
        problems.add(
            "publicKey "
                + Group.pointHex(record.publicKey())
                + " is not the sum of the trustees' C_i0");
      }
      verificationKeys = new ArrayList<>();
      for (int j = 1; j <= n; j++) {
        ECPoint kj = Group.INFINITY;
        for (CoefficientCommitments c : commitments) {
          kj = kj.add(c.shareImage(j));
        }
        verificationKeys.add(kj.normalize());
      }
      CeremonyFingerprint fingerprint = CeremonyFingerprint.of(ceremony, files);
      if (!fingerprint.equals(record.fingerprint())) {
        problems.add(
            "fingerprint "
                + record.fingerprint().hex()
                + " is not the public files' "
                + fingerprint.hex());
      }
    }
    if (problems.isEmpty()) {
      ok(
          "trustees",
          n
              + " public files, "
              + k
              + " of "
              + n
              + ", every proof holds, K is the sum of C_i0, fingerprint "
              + record.fingerprint().grouped());
    } else {
      fail("trustees", String.join("; ", problems));
    }
  }

  /** Proofs, tracker digest and receipt of every ballot, on every core. */
  private void checkEveryBallot() {
    int count = ballots.size();
    proofs = new BallotVerdict[count];
    trackers = new String[count];
    receipts = new boolean[count];
    byte[] receiptKey = Hex.decode(record.receiptKey());
    BallotLayout layout = record.election().layout(record.candidates().size());
    ECPoint key = record.publicKey();
    IntStream.range(0, count)
        .parallel()
        .forEach(
            i -> {
              RecordBallot b = ballots.get(i);
              proofs[i] = b.ballot().verify(electionId, key, layout);
              trackers[i] = trackerOf(b);
              receipts[i] =
                  Receipt.verify(
                      receiptKey,
                      Hex.decode(b.receipt()),
                      electionId,
                      b.tracker(),
                      b.encryptedBy());
            });
  }

  /** Null when the ballot has no tracker (one proof per ciphertext is missing). */
  private String trackerOf(RecordBallot b) {
    try {
      return Tracker.of(electionId, b.ballot());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private String where(int i) {
    return "ballots[" + i + "] (tracker " + Tracker.shortForm(ballots.get(i).tracker()) + ")";
  }

  private void ballots() {
    int failed = 0;
    int first = -1;
    for (int i = 0; i < proofs.length; i++) {
      if (!proofs[i].valid()) {
        failed++;
        first = first < 0 ? i : first;
      }
    }
    if (failed == 0) {
      ok("ballots", ballots.size() + " ballots, every proof holds");
    } else {
      fail(
          "ballots",
          failed
              + " of "
              + ballots.size()
              + " ballots fail their proofs; the first is "
              + where(first)
              + ": "
              + proofs[first].describe());
    }
  }

  private void trackers() {
    List<String> problems = new ArrayList<>();
    int wrong = 0;
    int first = -1;
    for (int i = 0; i < trackers.length; i++) {
      if (!ballots.get(i).tracker().equals(trackers[i])) {
        wrong++;
        first = first < 0 ? i : first;
      }
    }
    if (wrong > 0) {
      problems.add(
          wrong
              + " of "
              + ballots.size()
              + " trackers are not the digest of their ballot; the first is "
              + where(first));
    }
    Map<String, Integer> seen = new HashMap<>();
    int repeated = 0;
    String firstRepeat = null;
    for (int i = 0; i < ballots.size(); i++) {
      Integer earlier = seen.putIfAbsent(ballots.get(i).tracker(), i);
      if (earlier != null) {
        repeated++;
        if (firstRepeat == null) {
          firstRepeat = where(i) + " repeats the tracker of ballots[" + earlier + "]";
        }
      }
    }
    if (repeated > 0) {
      problems.add(repeated + " trackers appear twice; the first: " + firstRepeat);
    }
    if (problems.isEmpty()) {
      ok("trackers", ballots.size() + " trackers, unique, each the digest of its ballot");
    } else {
      fail("trackers", String.join("; ", problems));
    }
  }

  /** A repeated A = r*G is a copied ballot (or part of one), which would be counted twice. */
  private void ciphertexts() {
    Map<String, Integer> seen = new HashMap<>();
    int repeated = 0;
    String first = null;
    for (int i = 0; i < ballots.size(); i++) {
      for (Ciphertext c : ballots.get(i).ballot().selections()) {
        Integer earlier = seen.putIfAbsent(Group.pointHex(c.a()), i);
        if (earlier != null) {
          repeated++;
          if (first == null) {
            first = where(i) + " repeats a ciphertext of " + where(earlier);
          }
        }
      }
    }
    if (repeated == 0) {
      ok("ciphertexts", seen.size() + " ciphertexts, no A repeated");
    } else {
      fail("ciphertexts", repeated + " ciphertexts repeat an earlier A; the first: " + first);
    }
  }

  private void receipts() {
    int failed = 0;
    int first = -1;
    for (int i = 0; i < receipts.length; i++) {
      if (!receipts[i]) {
        failed++;
        first = first < 0 ? i : first;
      }
    }
    if (failed == 0) {
      ok(
          "receipts",
          ballots.size() + " receipts, each signed by receiptKey " + record.receiptKey());
    } else {
      fail(
          "receipts",
          failed
              + " of "
              + ballots.size()
              + " receipts are not receiptKey's signature of their ballot; the first is "
              + where(first));
    }
  }

  private void participation() {
    if (ballots.size() == record.voted()) {
      ok("participation", ballots.size() + " ballots, " + record.voted() + " voted");
    } else {
      fail(
          "participation",
          ballots.size()
              + " ballots in the record, but "
              + record.voted()
              + " voters are recorded as having voted");
    }
  }

  private void sums() {
    int candidates = record.candidates().size();
    if (ballots.isEmpty()
        || ballots.stream().anyMatch(b -> b.ballot().selections().size() != candidates)) {
      sums = ballots.isEmpty() ? List.of() : null;
      return;
    }
    sums =
        IntStream.range(0, candidates)
            .parallel()
            .mapToObj(
                c ->
                    Ciphertext.sum(
                        ballots.stream().map(b -> b.ballot().selections().get(c))::iterator))
            .toList();
  }

  private void totals() {
    List<ElectionRecord.Total> totals = record.encryptedTotals();
    List<String> names = totals.stream().map(ElectionRecord.Total::candidate).toList();
    if (ballots.isEmpty()) {
      if (totals.isEmpty()) {
        ok("totals", "no ballots, no encrypted totals");
      } else {
        fail("totals", "no ballots, yet " + totals.size() + " encrypted totals");
      }
      return;
    }
    if (!names.equals(record.candidates())) {
      fail(
          "totals",
          "encryptedTotals name " + names + ", not the candidates " + record.candidates());
      return;
    }
    if (sums == null) {
      fail("totals", "not added up: some ballot does not hold one ciphertext per candidate");
      return;
    }
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c < totals.size(); c++) {
      Ciphertext t = totals.get(c).ciphertext();
      if (!t.a().equals(sums.get(c).a()) || !t.b().equals(sums.get(c).b())) {
        wrong.add(totals.get(c).candidate());
      }
    }
    if (wrong.isEmpty()) {
      ok("totals", totals.size() + " encrypted totals, each the sum of the ballots");
    } else {
      fail("totals", "the encrypted totals of " + wrong + " are not the sums of the ballots");
    }
  }

  private void decryptions() {
    List<PartialsFile> files = record.partialDecryptions();
    if (ballots.isEmpty()) {
      if (files.isEmpty()) {
        ok("decryptions", "no ballots, nothing to decrypt");
      } else {
        fail("decryptions", "no ballots, yet " + files.size() + " partial decryption files");
      }
      return;
    }
    if (verificationKeys == null || sums == null) {
      fail(
          "decryptions",
          "not checked: "
              + (sums == null
                  ? "the ballots give no sums"
                  : "the trustees' public files give no verification keys"));
      return;
    }
    List<String> problems = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      PartialsFile file = files.get(f);
      String where = "partialDecryptions[" + f + "] (trustee " + file.trustee() + ")";
      if (!file.electionId().equals(electionId)) {
        problems.add(where + " is for election " + file.electionId());
      } else if (file.trustee() < 1 || file.trustee() > verificationKeys.size()) {
        problems.add(where + ": there is no such trustee");
      } else if (decrypting.containsKey(file.trustee())) {
        problems.add(where + ": a second file of that trustee");
      } else if (!file.candidates().equals(record.candidates())) {
        problems.add(where + " decrypts " + file.candidates() + ", not the candidates");
      } else {
        List<String> failing = new ArrayList<>();
        for (int c = 0; c < sums.size(); c++) {
          PartialDecryption p = file.partials().get(c);
          if (!p.verify(
              electionId,
              record.publicKey(),
              verificationKeys.get(file.trustee() - 1),
              sums.get(c))) {
            failing.add(record.candidates().get(c));
          }
        }
        if (failing.isEmpty()) {
          decrypting.put(file.trustee(), file);
        } else {
          problems.add(where + ": the proofs for " + failing + " fail against K_" + file.trustee());
        }
      }
    }
    if (decrypting.size() < record.threshold()) {
      problems.add(
          "decrypting takes "
              + record.threshold()
              + " trustees; "
              + decrypting.size()
              + " gave valid partial decryptions");
    }
    if (problems.isEmpty()) {
      ok(
          "decryptions",
          "trustees "
              + decrypting.keySet()
              + " decrypted every sum, every proof holds against their K_j");
    } else {
      fail("decryptions", String.join("; ", problems));
    }
  }

  private void results() {
    List<ElectionRecord.Count> results = record.results();
    List<String> names = results.stream().map(ElectionRecord.Count::candidate).toList();
    if (!names.equals(record.candidates())) {
      fail("results", "results name " + names + ", not the candidates " + record.candidates());
      return;
    }
    if (ballots.isEmpty()) {
      List<String> nonZero =
          results.stream()
              .filter(c -> c.count() != 0)
              .map(ElectionRecord.Count::candidate)
              .toList();
      if (nonZero.isEmpty()) {
        ok("results", "no ballots, every count 0");
      } else {
        fail("results", "no ballots, yet " + nonZero + " have a count other than 0");
      }
      return;
    }
    if (sums == null || decrypting.size() < record.threshold()) {
      fail("results", "not checked: fewer than " + record.threshold() + " valid decryptions");
      return;
    }
    // Any k of the valid trustees give the same point; all of them do too.
    List<Integer> set = List.copyOf(decrypting.keySet());
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c < results.size(); c++) {
      List<PartialDecryption> shares = new ArrayList<>();
      for (PartialsFile f : decrypting.values()) {
        shares.add(f.partials().get(c));
      }
      ECPoint m = ThresholdDecryption.interpolate(sums.get(c), shares);
      long count = results.get(c).count();
      boolean holds =
          count >= 0 && count <= ballots.size() && Group.base(BigInteger.valueOf(count)).equals(m);
      if (!holds) {
        wrong.add(results.get(c).candidate() + " " + count);
      }
    }
    if (wrong.isEmpty()) {
      ok(
          "results",
          results.stream().map(c -> c.candidate() + " " + c.count()).toList()
              + ", each c*G = B - sum lambda_j*D_j over trustees "
              + set);
    } else {
      fail("results", "the counts " + wrong + " are not what the decryptions give");
    }
  }
}
