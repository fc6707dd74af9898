package org.securevote.tools.trustee;

import java.nio.file.Path;
import java.util.Arrays;
import org.securevote.tools.crypto.CoefficientCommitments;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;

/** The key file that --key names, opened with its passphrase, for the commands after keygen. */
final class OwnKey {
  private OwnKey() {}

  static KeySecrets open(Arguments args, Session session) {
    Path file = args.path("key");
    Fields fields = JsonFiles.read(file);
    char[] passphrase = Passphrases.existing(args, session);
    try {
      return KeyFile.open(fields, passphrase);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /** The ceremony's public files, this trustee's own among them unchanged. */
  static PublicFiles publics(Path dir, KeySecrets secrets) {
    Ceremony ceremony = secrets.ceremony();
    PublicFiles publics = PublicFiles.load(dir, ceremony);
    PublicFile own = publics.of(ceremony.trustee());
    if (!own.key().key().equals(secrets.keyPair().publicKey())
        || !own.commitments().commitments().stream()
            .map(CoefficientCommitments.Commitment::point)
            .toList()
            .equals(
                secrets.polynomial().coefficients().stream()
                    .map(a -> Group.base(a).normalize())
                    .toList())) {
      throw new ToolFailure(
          dir.resolve(PublicFile.name(ceremony.trustee()))
              + ": not the public file of this key file");
    }
    return publics;
  }
}
