package org.securevote.tools.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.securevote.tools.crypto.CoefficientCommitments;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.ElectionKey;

/**
 * Every trustee's public file of one ceremony, from a directory holding trustee-1..n.public.json,
 * each checked (election, indices, sizes, proofs) before anything uses it.
 */
public record PublicFiles(List<PublicFile> files, ElectionKey electionKey) {
  private static final Pattern NAME = Pattern.compile("trustee-(\\d+)\\.public\\.json");

  public PublicFiles {
    files = List.copyOf(files);
  }

  public static PublicFiles load(Path dir, Ceremony ceremony) {
    refuseStrangers(dir, ceremony.trustees());
    List<PublicFile> files = new ArrayList<>();
    for (int i = 1; i <= ceremony.trustees(); i++) {
      Path file = dir.resolve(PublicFile.name(i));
      PublicFile p = PublicFile.fromJson(JsonFiles.read(file));
      p.check(ceremony, i, file.toString());
      files.add(p);
    }
    return of(ceremony, files);
  }

  /** From files checked before (e.g. kept in a key file). */
  public static PublicFiles of(Ceremony ceremony, List<PublicFile> files) {
    List<CoefficientCommitments> commitments = files.stream().map(PublicFile::commitments).toList();
    try {
      return new PublicFiles(
          files,
          ElectionKey.combine(
              ceremony.electionId(), ceremony.threshold(), ceremony.trustees(), commitments));
    } catch (CryptoRefusal e) {
      throw new FormatRefusal("the trustees' public files give no election key: " + e.getMessage());
    }
  }

  public PublicFile of(int trustee) {
    return files.get(trustee - 1);
  }

  /** A public file of a trustee beyond n means the directory is of another ceremony. */
  private static void refuseStrangers(Path dir, int trustees) {
    if (!Files.isDirectory(dir)) {
      throw new FormatRefusal(dir + ": no such directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()
            && (m.group(1).length() > 9
                || Integer.parseInt(m.group(1)) > trustees
                || Integer.parseInt(m.group(1)) < 1)) {
          throw new FormatRefusal(p + ": this ceremony has trustees 1.." + trustees + " only");
        }
      }
    } catch (IOException e) {
      throw new FormatRefusal(dir + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
