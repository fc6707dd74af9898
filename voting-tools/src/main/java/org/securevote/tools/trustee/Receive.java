package org.securevote.tools.trustee;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.crypto.ShareTransport;
import org.securevote.tools.crypto.TrusteeShare;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFiles;
import org.securevote.tools.format.ShareFile;

/**
 * receive: opens the share each other trustee sealed to this one, checks it against its sender's
 * commitments, and keeps the sum (this trustee's secret share) in the key file, still sealed, with
 * the public files whose fingerprint the trustee confirmed: decrypt holds the record to those.
 */
final class Receive {
  private Receive() {}

  static void run(Arguments args, Session session) {
    Path keyFile = args.path("key");
    Fields fields = JsonFiles.read(keyFile);
    char[] passphrase = Passphrases.existing(args, session);
    try {
      KeySecrets secrets = KeyFile.open(fields, passphrase);
      PublicFiles publics = OwnKey.publics(args.path("publics"), secrets);
      ConfirmedFingerprint.requireConfirmed(
          CeremonyFingerprint.of(secrets.ceremony(), publics.files()),
          args,
          session,
          "no share was received; the key file is unchanged");
      TrusteeShare share = combine(secrets, publics, args.path("shares"));
      KeyFile.write(
          keyFile,
          secrets.withShare(share.secret(), publics.files()),
          passphrase,
          session.random(),
          true);
      Ceremony ceremony = secrets.ceremony();
      session
          .out()
          .println("election public key: " + Group.pointHex(publics.electionKey().publicKey()));
      session
          .out()
          .println(
              "trustee "
                  + ceremony.trustee()
                  + " verification key: "
                  + Group.pointHex(publics.electionKey().verificationKey(ceremony.trustee())));
      session.out().println("kept the secret share in " + keyFile);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  private static TrusteeShare combine(KeySecrets secrets, PublicFiles publics, Path dir) {
    Ceremony ceremony = secrets.ceremony();
    int me = ceremony.trustee();
    List<BigInteger> received = new ArrayList<>();
    for (int from = 1; from <= ceremony.trustees(); from++) {
      if (from == me) {
        received.add(secrets.polynomial().at(me));
        continue;
      }
      Path file = dir.resolve(ShareFile.name(from, me));
      SealedShare sealed =
          ShareFile.fromJson(JsonFiles.read(file), ceremony.electionId(), from, me);
      try {
        received.add(ShareTransport.open(ceremony.electionId(), me, secrets.keyPair(), sealed));
      } catch (CryptoRefusal e) {
        throw new ToolFailure(
            file + ": the share from trustee " + from + " does not open (" + e.getMessage() + ")");
      }
    }
    try {
      return TrusteeShare.combine(publics.electionKey(), me, received);
    } catch (CryptoRefusal e) {
      throw new ToolFailure(e.getMessage());
    }
  }
}
