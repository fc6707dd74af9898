package org.securevote.tools.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.tools.crypto.BallotVerdict;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.Tracker;
import org.securevote.tools.format.ChallengedBallot;
import org.securevote.tools.format.FormatRefusal;

/**
 * Checks a challenged ballot against the voter's choice: the key is the election's, the tracker is
 * the ballot's, its proofs hold, and each ciphertext is exactly (r*G, m*G + r*K) with the revealed
 * r and m = 1 for each chosen candidate (one, or an approval ballot's several), 0 for every other.
 */
public final class ChallengeCheck {
  private ChallengeCheck() {}

  /**
   * @throws FormatRefusal when the file is for another key than the election's, or the choice is
   *     not one of its candidates: nothing about the ballot can be said then
   */
  public static List<Verdict> check(
      ChallengedBallot challenge, List<String> choices, ECPoint electionKey, String source) {
    if (!challenge.publicKey().equals(electionKey)) {
      throw new FormatRefusal(
          source
              + ": the ballot was encrypted to the key "
              + Group.pointHex(challenge.publicKey())
              + ", not the election's "
              + Group.pointHex(electionKey)
              + " (--public-key); a page that did this could read the vote");
    }
    List<String> candidates = challenge.candidates();
    for (String choice : choices) {
      if (!candidates.contains(choice)) {
        throw new FormatRefusal(
            source + ": \"" + choice + "\" is not a candidate of this ballot " + candidates);
      }
    }
    if (new HashSet<>(choices).size() != choices.size()) {
      throw new FormatRefusal(source + ": a candidate is named twice in " + choices);
    }
    List<Verdict> verdicts = new ArrayList<>();
    verdicts.add(Verdict.ok("key", "the election key " + Group.pointHex(electionKey)));
    int n = candidates.size();
    List<Ciphertext> selections = challenge.ballot().selections();
    if (selections.size() != n || challenge.randomness().size() != n) {
      verdicts.add(
          Verdict.fail(
              "ballot",
              n
                  + " candidates, but "
                  + selections.size()
                  + " ciphertexts and "
                  + challenge.randomness().size()
                  + " random values"));
      return verdicts;
    }
    String tracker;
    try {
      tracker = Tracker.of(challenge.electionId(), challenge.ballot());
    } catch (CryptoRefusal e) {
      tracker = null;
    }
    if (challenge.tracker().equals(tracker)) {
      verdicts.add(
          Verdict.ok("tracker", Tracker.shortForm(tracker) + " is the digest of this ballot"));
    } else {
      verdicts.add(
          Verdict.fail(
              "tracker",
              "the file's tracker "
                  + Tracker.shortForm(challenge.tracker())
                  + " is not the digest of this ballot"
                  + (tracker == null ? "" : " (" + Tracker.shortForm(tracker) + ")")));
    }
    verdicts.add(proofs(challenge, electionKey));
    verdicts.add(choice(challenge, choices, electionKey));
    return verdicts;
  }

  /** The ballot's proofs, for the questions and bounds its count proofs name. */
  private static Verdict proofs(ChallengedBallot challenge, ECPoint electionKey) {
    BallotVerdict proofs;
    try {
      proofs =
          challenge
              .ballot()
              .verify(challenge.electionId(), electionKey, challenge.ballot().namedLayout());
    } catch (CryptoRefusal e) {
      return Verdict.fail("proofs", "the count proof names bounds the ballot cannot have");
    }
    return proofs.valid()
        ? Verdict.ok("proofs", "every proof holds")
        : Verdict.fail("proofs", proofs.describe());
  }

  /** What each ciphertext holds under its revealed randomness: 0, 1 or neither (-1). */
  private static Verdict choice(ChallengedBallot challenge, List<String> choices, ECPoint key) {
    List<String> candidates = challenge.candidates();
    List<String> ones = new ArrayList<>();
    List<String> unopened = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Ciphertext c = challenge.ballot().selections().get(i);
      BigInteger r = challenge.randomness().get(i);
      ECPoint masked = key.multiply(r);
      if (r.signum() == 0 || !Group.base(r).equals(c.a())) {
        unopened.add(candidates.get(i));
      } else if (c.b().equals(masked)) {
        continue; // 0
      } else if (c.b().equals(masked.add(Group.G))) {
        ones.add(candidates.get(i));
      } else {
        unopened.add(candidates.get(i));
      }
    }
    if (!unopened.isEmpty()) {
      return Verdict.fail(
          "choice",
          "the randomness does not open the ciphertexts of "
              + unopened
              + " to 0 or 1: this is not the ballot that randomness made");
    }
    // ones is in ballot order; the voter may name the choices in any
    if (new HashSet<>(ones).equals(new HashSet<>(choices))) {
      return Verdict.ok(
          "choice",
          ones.isEmpty()
              ? "the ballot encrypted no candidate"
              : "the ballot encrypted exactly " + String.join(", ", ones));
    }
    String named = choices.isEmpty() ? "a blank ballot" : String.join(", ", choices);
    if (ones.isEmpty()) {
      return Verdict.fail("choice", "the ballot encrypted no candidate, not " + named);
    }
    if (ones.size() == 1) {
      return Verdict.fail("choice", "the ballot encrypted " + ones.get(0) + ", not " + named);
    }
    return Verdict.fail(
        "choice",
        "the ballot encrypted several candidates "
            + ones
            + ", not "
            + named
            + (choices.size() == 1 ? " alone" : ""));
  }
}
