package org.securevote.tools.trustee;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.crypto.TrusteePublicKey;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;

/**
 * keygen: this trustee's transport key pair and degree k-1 polynomial; the public file for the
 * others, the sealed key file for this trustee alone. Existing files are never overwritten.
 */
final class Keygen {
  private Keygen() {}

  static void run(Arguments args, Session session) {
    Ceremony ceremony = Ceremony.read(args.path("ceremony"));
    Path out = args.path("out");
    Path publicFile = out.resolve(PublicFile.name(ceremony.trustee()));
    Path keyFile = out.resolve(KeyFile.name(ceremony.trustee()));
    for (Path p : List.of(publicFile, keyFile)) {
      if (p.toFile().exists()) {
        throw new ToolFailure(p + ": already exists; it is not overwritten");
      }
    }
    char[] passphrase = Passphrases.chosen(args, session);
    try {
      KeyPair key = KeyPair.generate(session.random());
      Polynomial polynomial = Polynomial.random(ceremony.threshold(), session.random());
      PublicFile published =
          new PublicFile(
              ceremony,
              TrusteePublicKey.publish(
                  ceremony.electionId(), ceremony.trustee(), key, session.random()),
              polynomial.commit(ceremony.electionId(), ceremony.trustee(), session.random()));
      KeySecrets secrets =
          new KeySecrets(ceremony, key.secret(), polynomial, Optional.empty(), List.of());
      KeyFile.write(keyFile, secrets, passphrase, session.random(), false);
      JsonFiles.write(publicFile, published.toJson(), JsonFiles.Access.PUBLIC, false);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
    session.out().println("wrote " + publicFile + " (publish it)");
    session.out().println("wrote " + keyFile + " (keep it, and its passphrase, to yourself)");
  }
}
