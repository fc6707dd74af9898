package org.securevote.system;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The test domain's {@code server.log}, read from a mark. Payara rotates the log by renaming it
 * ({@code server.log_<time>}) when it grows past its limit, which a long suite does several times:
 * a mark remembers the file (its inode survives the rename), so lines written before a rotation are
 * still found in the renamed file.
 */
final class ServerLog {
  static final Path LOG = Path.of(System.getProperty("it.payara.log"));

  record Mark(Object file, long size) {}

  private ServerLog() {}

  static Mark mark() throws IOException {
    BasicFileAttributes now = Files.readAttributes(LOG, BasicFileAttributes.class);
    return new Mark(now.fileKey(), now.size());
  }

  /** Every line written since {@code mark}, across rotations, oldest first. */
  static List<String> since(Mark mark) throws IOException {
    List<String> lines = new ArrayList<>();
    boolean found = false;
    for (Path file : filesOldestFirst()) {
      Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      if (Objects.equals(key, mark.file())) {
        found = true;
        lines.addAll(read(file, mark.size()));
      } else if (found) {
        lines.addAll(read(file, 0));
      }
    }
    if (!found) { // the marked file was removed: the current one is all there is
      lines.addAll(read(LOG, 0));
    }
    return lines;
  }

  /** Lines are written asynchronously: waits up to 20 s for one written since {@code mark}. */
  static String await(Mark mark, Predicate<String> wanted)
      throws IOException, InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (String line : since(mark)) {
        if (wanted.test(line)) {
          return line;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no such line in " + LOG + " since " + mark);
  }

  private static List<Path> filesOldestFirst() throws IOException {
    String name = LOG.getFileName().toString();
    try (Stream<Path> files = Files.list(LOG.getParent())) {
      List<Path> rotated =
          new ArrayList<>(
              files
                  .filter(f -> f.getFileName().toString().startsWith(name + "_"))
                  .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                  .toList());
      rotated.add(LOG);
      return rotated;
    }
  }

  private static List<String> read(Path path, long from) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
      long start = Math.min(from, file.length());
      byte[] bytes = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
  }
}
