package org.securevote.tools.trustee;

import java.nio.file.Path;
import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.crypto.ShareTransport;

/**
 * shares: after checking every trustee's public file, seals f_i(j) to each other trustee j. Only
 * trustee j can open its share; the server just carries the files.
 */
final class Shares {
  private Shares() {}

  static void run(Arguments args, Session session) {
    KeySecrets secrets = OwnKey.open(args, session);
    PublicFiles publics = OwnKey.publics(args.path("publics"), secrets);
    Ceremony ceremony = secrets.ceremony();
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
