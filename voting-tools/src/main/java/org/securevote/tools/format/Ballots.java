package org.securevote.tools.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.BallotVerdict;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;

/**
 * BALLOTS.json: every stored ballot of the election, from the server. The tool checks each ballot
 * and adds them up itself, so the server cannot hand over one voter's ballot as a "total" for the
 * trustees to decrypt.
 */
public record Ballots(
    String electionId,
    ECPoint publicKey,
    CeremonyFingerprint fingerprint,
    List<String> candidates,
    BallotLayout layout,
    List<EncryptedBallot> ballots) {

  public Ballots {
    candidates = List.copyOf(candidates);
    ballots = List.copyOf(ballots);
  }

  public static Ballots read(Path file) {
    Fields f = JsonFiles.read(file);
    List<String> candidates = f.texts("candidates");
    if (candidates.isEmpty()) {
      throw f.refuse("candidates", "is empty");
    }
    if (new HashSet<>(candidates).size() != candidates.size()) {
      throw f.refuse("candidates", "names a candidate twice");
    }
    String fingerprint = f.text("fingerprint");
    if (!fingerprint.matches("[0-9a-f]{64}")) {
      throw f.refuse("fingerprint", "is not 64 lowercase hex digits");
    }
    ChoiceBounds choices = BallotJson.choiceBounds(f);
    List<BallotQuestions.Question> questions = BallotQuestions.read(f);
    if (questions.isEmpty() && !choices.fit(candidates.size())) {
      throw f.refuse("maxChoices", "is more than the " + candidates.size() + " candidates");
    }
    BallotLayout layout = BallotQuestions.layout(f, choices, questions, candidates.size());
    List<EncryptedBallot> ballots = new ArrayList<>();
    for (Fields b : f.objects("ballots")) {
      ballots.add(BallotJson.fromJson(b));
    }
    return new Ballots(
        f.text("electionId"),
        f.point("publicKey"),
        new CeremonyFingerprint(fingerprint),
        candidates,
        layout,
        ballots);
  }

  /** Refuses a record of another election, or of a key or ceremony other than the confirmed one. */
  public void requireCeremony(
      String expectedElection, ElectionKey key, CeremonyFingerprint confirmed, Path file) {
    if (!electionId.equals(expectedElection)) {
      throw new FormatRefusal(
          file + ": for election \"" + electionId + "\", not \"" + expectedElection + "\"");
    }
    if (!fingerprint.equals(confirmed)) {
      throw new FormatRefusal(
          file
              + ": for the ceremony with fingerprint "
              + fingerprint.grouped()
              + ", not the confirmed "
              + confirmed.grouped());
    }
    if (!publicKey.equals(key.publicKey())) {
      throw new FormatRefusal(
          file
              + ": for the election key "
              + Group.pointHex(publicKey)
              + ", not the ceremony's "
              + Group.pointHex(key.publicKey()));
    }
  }

  /**
   * Each candidate's encrypted count, the sum of its ciphertext in every ballot, once every ballot
   * passed its checks; the first that fails refuses the whole file. Empty without ballots: their
   * sum would be the point at infinity, which has no encoding, and every count is 0 anyway.
   */
  public List<Ciphertext> sums(ElectionKey key, Path file) {
    // A ciphertext seen twice (same A = r*G) is a copied ballot: counted again, it would stand out.
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ballots.size(); i++) {
      EncryptedBallot ballot = ballots.get(i);
      BallotVerdict verdict = ballot.verify(key.electionId(), key.publicKey(), layout);
      if (!verdict.valid()) {
        throw new FormatRefusal(
            file + ": ballots[" + i + "] is refused, so is the file: " + verdict.describe());
      }
      for (Ciphertext c : ballot.selections()) {
        Integer earlier = seen.putIfAbsent(Group.pointHex(c.a()), i);
        if (earlier != null) {
          throw new FormatRefusal(
              file
                  + ": ballots["
                  + i
                  + "] repeats a ciphertext of ballots["
                  + earlier
                  + "], so the file is refused");
        }
      }
    }
    if (ballots.isEmpty()) {
      return List.of();
    }
    List<Ciphertext> sums = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      int candidate = c;
      sums.add(Ciphertext.sum(ballots.stream().map(b -> b.selections().get(candidate)).toList()));
    }
    return sums;
  }
}
