package org.securevote.tools.trustee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.ThresholdDecryption;
import org.securevote.tools.format.Ballots;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PartialsFile;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;

/**
 * combine: checks every ballot and adds them up as decrypt does, checks every trustee's partial
 * decryptions of those sums against the verification keys of the confirmed public files, and with
 * at least k of them turns each sum into its count.
 */
final class Combine {
  private Combine() {}

  static void run(Arguments args, Session session) {
    Path publicsDir = args.path("publics");
    Path ballotsFile = args.path("ballots");
    Ballots ballots = Ballots.read(ballotsFile);
    Ceremony ceremony = ceremonyOf(publicsDir, ballots);
    PublicFiles publics = PublicFiles.load(publicsDir, ceremony);
    var key = publics.electionKey();
    // Other public files would give other verification keys, and so counts of anyone's choosing.
    CeremonyFingerprint fingerprint = CeremonyFingerprint.of(ceremony, publics.files());
    ConfirmedFingerprint.requireConfirmed(fingerprint, args, session, "nothing was counted");
    ballots.requireCeremony(ceremony.electionId(), key, fingerprint, ballotsFile);
    List<Ciphertext> sums = ballots.sums(key, ballotsFile);
    if (sums.isEmpty()) {
      ballots.candidates().forEach(c -> session.out().println(c + ": 0"));
      session.out().println("no ballots: nothing was decrypted");
      return;
    }

    TreeMap<Integer, PartialsFile> byTrustee = new TreeMap<>();
    for (Path file : jsonFiles(args.path("partials"))) {
      PartialsFile partials = PartialsFile.fromJson(JsonFiles.read(file));
      check(partials, file, ballots, key.trusteeCount());
      if (byTrustee.put(partials.trustee(), partials) != null) {
        throw new ToolFailure(file + ": a second file of trustee " + partials.trustee());
      }
    }
    if (byTrustee.size() < key.threshold()) {
      throw new ToolFailure(
          "decrypting takes "
              + key.threshold()
              + " trustees; only "
              + byTrustee.size()
              + " sent partial decryptions");
    }
    // Every proof is checked before any count is printed: a half-printed tally helps no one.
    List<String> counts = new ArrayList<>();
    for (int c = 0; c < sums.size(); c++) {
      String candidate = ballots.candidates().get(c);
      List<PartialDecryption> shares = new ArrayList<>();
      for (PartialsFile p : byTrustee.values()) {
        PartialDecryption share = p.partials().get(c);
        if (!share.verify(key, sums.get(c))) {
          throw new ToolFailure(
              "trustee "
                  + p.trustee()
                  + "'s partial decryption of "
                  + candidate
                  + " fails its proof");
        }
        shares.add(share);
      }
      // Every ballot adds 0 or 1 to a candidate: no count exceeds the number of ballots.
      OptionalLong count;
      try {
        count = ThresholdDecryption.decrypt(key, sums.get(c), shares, ballots.ballots().size());
      } catch (CryptoRefusal e) {
        throw new ToolFailure(e.getMessage());
      }
      if (count.isEmpty()) {
        throw new ToolFailure("the sum of " + candidate + " decrypts to no count of these ballots");
      }
      counts.add(candidate + ": " + count.getAsLong());
    }
    counts.forEach(session.out()::println);
    session.out().println("decrypted by trustees " + byTrustee.keySet());
  }

  /**
   * Election from the ballots; n and k from trustee 1's file, which every other must agree with.
   */
  private static Ceremony ceremonyOf(Path publicsDir, Ballots ballots) {
    Fields first = JsonFiles.read(publicsDir.resolve(PublicFile.name(1)));
    return Ceremony.of(first, ballots.electionId(), 1);
  }

  private static void check(PartialsFile partials, Path file, Ballots ballots, int trustees) {
    if (!partials.electionId().equals(ballots.electionId())) {
      throw new ToolFailure(
          file
              + ": for election \""
              + partials.electionId()
              + "\", not \""
              + ballots.electionId()
              + "\"");
    }
    if (partials.trustee() < 1 || partials.trustee() > trustees) {
      throw new ToolFailure(file + ": there is no trustee " + partials.trustee());
    }
    if (!partials.candidates().equals(ballots.candidates())) {
      throw new ToolFailure(
          file + ": trustee " + partials.trustee() + " decrypted other candidates than these");
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ToolFailure(dir + ": no such directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ToolFailure(dir + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
