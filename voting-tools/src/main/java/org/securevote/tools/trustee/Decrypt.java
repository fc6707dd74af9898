package org.securevote.tools.trustee;

import java.nio.file.Path;
import java.util.List;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.TrusteeShare;

/** decrypt: this trustee's partial decryption of each encrypted total, each with its proof. */
final class Decrypt {
  private Decrypt() {}

  static void run(Arguments args, Session session) {
    KeySecrets secrets = OwnKey.open(args, session);
    Ceremony ceremony = secrets.ceremony();
    if (secrets.share().isEmpty()) {
      throw new ToolFailure(args.path("key") + ": no secret share yet; run receive first");
    }
    PublicFiles publics = PublicFiles.of(ceremony, secrets.publics());
    TrusteeShare share;
    try {
      share =
          TrusteeShare.restore(
              publics.electionKey(), ceremony.trustee(), secrets.share().orElseThrow());
    } catch (CryptoRefusal e) {
      throw new ToolFailure(args.path("key") + ": " + e.getMessage());
    }
    Path totalsFile = args.path("totals");
    Totals totals = Totals.read(totalsFile);
    totals.requireElection(ceremony.electionId(), totalsFile);
    List<PartialDecryption> partials =
        totals.totals().stream()
            .map(
                t ->
                    PartialDecryption.compute(
                        publics.electionKey(), share, t.ciphertext(), session.random()))
            .toList();
    Path out = args.path("out");
    PartialsFile file =
        new PartialsFile(
            ceremony.electionId(),
            ceremony.trustee(),
            totals.totals().stream().map(Totals.Total::candidate).toList(),
            partials);
    JsonFiles.write(out, file.toJson(), JsonFiles.Access.PUBLIC, true);
    session
        .out()
        .println(
            "wrote trustee "
                + ceremony.trustee()
                + "'s partial decryptions of "
                + partials.size()
                + " totals to "
                + out);
  }
}
