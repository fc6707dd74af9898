package org.securevote.trustee.control;

import org.securevote.tools.crypto.SealedShare;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.FormatRefusal;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.ShareFile;

/**
 * The ceremony's files as trustees upload them, read and checked with the tool's own code, so the
 * server takes exactly what the tool writes. Every failure is a {@link FormatRefusal} with the
 * tool's message, naming the file.
 */
public final class UploadedFiles {
  /** The largest file the server takes; a public file of k = 20 is about 5 KiB. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final int SEALED_SHARE_BYTES = 48;

  private UploadedFiles() {}

  /** Trustee {@code trustee}'s public file for this ceremony, every proof checked. */
  public static PublicFile publicFile(String text, Ceremony ceremony, int trustee) {
    String source = PublicFile.name(trustee);
    return read(
        source,
        () -> {
          PublicFile file = PublicFile.fromJson(JsonFiles.parse(limited(text, source), source));
          file.check(ceremony, trustee, source);
          return file;
        });
  }

  /** A sealed share as the file states it: the format, election, sender and receiver. */
  public static SealedShare share(String text, String electionId) {
    return read(
        "share file",
        () -> {
          Fields f = JsonFiles.parse(limited(text, "share file"), "share file");
          f.requireFormat(ShareFile.FORMAT);
          int from = f.integer("from");
          int to = f.integer("to");
          String source = ShareFile.name(from, to);
          SealedShare share =
              ShareFile.fromJson(new Fields(f.object(), source), electionId, from, to);
          if (share.ciphertext().length != SEALED_SHARE_BYTES) {
            throw new FormatRefusal(
                source + ": \"ciphertext\" is not " + SEALED_SHARE_BYTES + " bytes");
          }
          return share;
        });
  }

  private static String limited(String text, String source) {
    if (text == null || text.isBlank()) {
      throw new FormatRefusal(source + ": the file is empty");
    }
    if (text.length() > MAX_BYTES) {
      throw new FormatRefusal(source + ": larger than " + MAX_BYTES / 1024 + " KiB");
    }
    return text;
  }

  private interface Reading<T> {
    T read();
  }

  /** A value the library refuses deeper down is still the file's fault. */
  private static <T> T read(String source, Reading<T> reading) {
    try {
      return reading.read();
    } catch (FormatRefusal e) {
      throw e;
    } catch (IllegalArgumentException | ArithmeticException e) { // CryptoRefusal among them
      throw new FormatRefusal(source + ": " + e.getMessage());
    }
  }
}
