package org.securevote.tools.trustee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.PartialDecryption;
import org.securevote.tools.crypto.ThresholdDecryption;

/**
 * combine: checks every trustee's partial decryptions against the verification keys that the public
 * files give, and with at least k of them turns each encrypted total into its count.
 */
final class Combine {
  static final long DEFAULT_MAX = 1_000_000;

  /** The discrete log keeps sqrt(max) points in memory: this bound keeps that to about 10^5. */
  static final long LARGEST_MAX = 10_000_000_000L;

  private Combine() {}

  static void run(Arguments args, Session session) {
    Path publicsDir = args.path("publics");
    Path totalsFile = args.path("totals");
    long max = args.number("max", DEFAULT_MAX);
    if (max > LARGEST_MAX) {
      throw new UsageFailure("--max is at most " + LARGEST_MAX);
    }
    Totals totals = Totals.read(totalsFile);
    PublicFiles publics = PublicFiles.load(publicsDir, ceremonyOf(publicsDir, totals));
    var key = publics.electionKey();

    TreeMap<Integer, PartialsFile> byTrustee = new TreeMap<>();
    for (Path file : jsonFiles(args.path("partials"))) {
      PartialsFile partials = PartialsFile.fromJson(JsonFiles.read(file));
      check(partials, file, totals, key.trusteeCount());
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
    for (int c = 0; c < totals.totals().size(); c++) {
      Totals.Total total = totals.totals().get(c);
      List<PartialDecryption> shares = new ArrayList<>();
      for (PartialsFile p : byTrustee.values()) {
        PartialDecryption share = p.partials().get(c);
        if (!share.verify(key, total.ciphertext())) {
          throw new ToolFailure(
              "trustee "
                  + p.trustee()
                  + "'s partial decryption of "
                  + total.candidate()
                  + " fails its proof");
        }
        shares.add(share);
      }
      OptionalLong count;
      try {
        count = ThresholdDecryption.decrypt(key, total.ciphertext(), shares, max);
      } catch (CryptoRefusal e) {
        throw new ToolFailure(e.getMessage());
      }
      if (count.isEmpty()) {
        throw new ToolFailure(
            "the total of " + total.candidate() + " is no count in 0.." + max + " (see --max)");
      }
      counts.add(total.candidate() + ": " + count.getAsLong());
    }
    counts.forEach(session.out()::println);
    session.out().println("decrypted by trustees " + byTrustee.keySet());
  }

  /** Election from the totals; n and k from trustee 1's file, which every other must agree with. */
  private static Ceremony ceremonyOf(Path publicsDir, Totals totals) {
    Fields first = JsonFiles.read(publicsDir.resolve(PublicFile.name(1)));
    return Ceremony.of(first, totals.electionId(), 1);
  }

  private static void check(PartialsFile partials, Path file, Totals totals, int trustees) {
    if (!partials.electionId().equals(totals.electionId())) {
      throw new ToolFailure(
          file
              + ": for election \""
              + partials.electionId()
              + "\", not \""
              + totals.electionId()
              + "\"");
    }
    if (partials.trustee() < 1 || partials.trustee() > trustees) {
      throw new ToolFailure(file + ": there is no trustee " + partials.trustee());
    }
    List<String> candidates = totals.totals().stream().map(Totals.Total::candidate).toList();
    if (!partials.candidates().equals(candidates)) {
      throw new ToolFailure(
          file + ": trustee " + partials.trustee() + " decrypted other totals than these");
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
