package org.securevote.tools.trustee;

import java.nio.file.Path;
import java.util.List;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.TrusteeShare;
import org.securevote.tools.format.Ballots;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PartialsFile;
import org.securevote.tools.format.PublicFiles;

/**
 * decrypt: checks every ballot, adds up each candidate's ciphertexts itself and writes this
 * trustee's partial decryption of each sum, with its proof. It decrypts nothing else: a total
 * handed over by the server could be one voter's ballot.
 */
final class Decrypt {
  private Decrypt() {}

  static void run(Arguments args, Session session) {
    KeySecrets secrets = OwnKey.open(args, session);
    Ceremony ceremony = secrets.ceremony();
    if (secrets.share().isEmpty()) {
      throw new ToolFailure(args.path("key") + ": no secret share yet; run receive first");
    }
    // The public files kept by receive are those whose fingerprint this trustee confirmed.
    PublicFiles publics = PublicFiles.of(ceremony, secrets.publics());
    TrusteeShare share;
    try {
      share =
          TrusteeShare.restore(
              publics.electionKey(), ceremony.trustee(), secrets.share().orElseThrow());
    } catch (CryptoRefusal e) {
      throw new ToolFailure(args.path("key") + ": " + e.getMessage());
    }
    Path ballotsFile = args.path("ballots");
    Ballots ballots = Ballots.read(ballotsFile);
    ballots.requireCeremony(
        ceremony.electionId(),
        publics.electionKey(),
        CeremonyFingerprint.of(ceremony, publics.files()),
        ballotsFile);
    List<Ciphertext> sums = ballots.sums(publics.electionKey(), ballotsFile);
    if (sums.isEmpty()) {
      session
          .out()
          .println(
              ballotsFile + " holds no ballots: every count is 0, there is nothing to decrypt");
      return;
    }
    List<PartialDecryption> partials =
        sums.stream()
            .map(
                sum ->
                    PartialDecryption.compute(publics.electionKey(), share, sum, session.random()))
            .toList();
    Path out = args.path("out");
    PartialsFile file =
        new PartialsFile(ceremony.electionId(), ceremony.trustee(), ballots.candidates(), partials);
    JsonFiles.write(out, file.toJson(), JsonFiles.Access.PUBLIC, true);
    session
        .out()
        .println(
            "checked "
                + ballots.ballots().size()
                + " ballots; wrote trustee "
                + ceremony.trustee()
                + "'s partial decryptions of the "
                + partials.size()
                + " candidates' sums to "
                + out);
  }
}
