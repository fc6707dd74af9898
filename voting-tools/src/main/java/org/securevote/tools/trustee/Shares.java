package org.securevote.tools.trustee;

import java.nio.file.Path;
import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.crypto.ShareTransport;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFiles;
import org.securevote.tools.format.ShareFile;

/**
 * shares: after checking every trustee's public file, and only with the ceremony fingerprint that
 * the trustees confirmed out of band, seals f_i(j) to each other trustee j. Sealing does not
 * authenticate, so without that fingerprint a server could hand out transport keys of its own.
 */
final class Shares {
  private Shares() {}

  static void run(Arguments args, Session session) {
    KeySecrets secrets = OwnKey.open(args, session);
    PublicFiles publics = OwnKey.publics(args.path("publics"), secrets);
    Ceremony ceremony = secrets.ceremony();
    ConfirmedFingerprint.requireConfirmed(
        CeremonyFingerprint.of(ceremony, publics.files()), args, session, "no shares were written");
    Path out = args.path("out");
    int written = 0;
    for (int to = 1; to <= ceremony.trustees(); to++) {
      if (to == ceremony.trustee()) {
        continue; // its own share stays in its polynomial
      }
      SealedShare sealed =
          ShareTransport.seal(
              ceremony.electionId(),
              ceremony.trustee(),
              publics.of(to).key(),
              secrets.polynomial().at(to),
              session.random());
      JsonFiles.write(
          out.resolve(ShareFile.name(ceremony.trustee(), to)),
          ShareFile.toJson(ceremony.electionId(), sealed),
          JsonFiles.Access.PUBLIC,
          true);
      written++;
    }
    session
        .out()
        .println(
            "checked "
                + ceremony.trustees()
                + " public files; wrote "
                + written
                + " sealed shares to "
                + out);
  }
}
