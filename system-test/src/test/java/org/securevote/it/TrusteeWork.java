package org.securevote.it;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.TrusteeShare;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PartialsFile;

/**
 * What `trustee decrypt` does on a trustee's machine, in-process: add up the ballots it was given
 * and write its partial decryption of each sum with its proof, as a partial decryptions file.
 */
public final class TrusteeWork {
  private TrusteeWork() {}

  /** Each candidate's sum over the ballots (JSON as stored); empty without ballots. */
  public static List<Ciphertext> sums(List<String> ballots, int candidates) {
    List<EncryptedBallot> parsed =
        ballots.stream().map(b -> BallotJson.fromJson(JsonFiles.parse(b, "ballot"))).toList();
    List<Ciphertext> sums = new ArrayList<>();
    for (int c = 0; c < candidates && !parsed.isEmpty(); c++) {
      int candidate = c;
      sums.add(Ciphertext.sum(parsed.stream().map(b -> b.selections().get(candidate)).toList()));
    }
    return sums;
  }

  /** Trustee j's partial decryptions file for these sums, as the tool writes it. */
  public static String partials(
      ElectionKey key,
      int trustee,
      BigInteger share,
      List<String> candidates,
      List<Ciphertext> sums) {
    TrusteeShare mine = TrusteeShare.restore(key, trustee, share);
    List<PartialDecryption> partials =
        sums.stream()
            .map(sum -> PartialDecryption.compute(key, mine, sum, new SecureRandom()))
            .toList();
    return JsonFiles.text(
        new PartialsFile(key.electionId(), trustee, candidates, partials).toJson());
  }
}
