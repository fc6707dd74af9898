package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Every file the tool reads or writes is one JSON object. A duplicated key is refused, so a file
 * cannot say two things at once; files are written whole (temporary file, then rename), and secret
 * ones readable by their owner only where the file system allows.
 */
public final class JsonFiles {
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  public enum Access {
    OWNER_ONLY("rw-------"),
    PUBLIC("rw-r--r--");

    private final String posix;

    Access(String posix) {
      this.posix = posix;
    }
  }

  private JsonFiles() {}

  public static Fields read(Path file) {
    String name = file.toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        var json = READERS.createReader(reader)) {
      return new Fields(json.readObject(), name);
    } catch (NoSuchFileException e) {
      throw new FormatRefusal(name + ": no such file");
    } catch (IOException e) {
      throw new FormatRefusal(name + ": cannot be read (" + e.getMessage() + ")");
    } catch (JsonException e) {
      throw new FormatRefusal(name + ": not one JSON object (" + e.getMessage() + ")");
    }
  }

  /** One JSON object given as text (e.g. an upload), named source in every refusal. */
  public static Fields parse(String text, String source) {
    try (var json = READERS.createReader(new java.io.StringReader(text))) {
      return new Fields(json.readObject(), source);
    } catch (JsonException e) {
      throw new FormatRefusal(source + ": not one JSON object (" + e.getMessage() + ")");
    }
  }

  public static String text(JsonObject object) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = WRITERS.createWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString().strip() + "\n";
  }

  /** Writes the file whole; with replace false an existing file is refused, not overwritten. */
  public static void write(Path file, JsonObject object, Access access, boolean replace) {
    byte[] bytes = text(object).getBytes(StandardCharsets.UTF_8);
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(dir);
      if (!replace && Files.exists(absolute)) {
        throw new FormatRefusal(file + ": already exists; it is not overwritten");
      }
      temporary = createTemporary(dir, access);
      Files.write(temporary, bytes);
      move(temporary, absolute, replace);
      temporary = null;
    } catch (FileAlreadyExistsException e) {
      throw new FormatRefusal(file + ": already exists; it is not overwritten");
    } catch (IOException e) {
      throw new FormatRefusal(file + ": cannot be written (" + e.getMessage() + ")");
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the write failed already; that is the message the trustee needs
        }
      }
    }
  }

  private static Path createTemporary(Path dir, Access access) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(
          dir,
          ".trustee-",
          ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(access.posix)));
    }
    Path temporary = Files.createTempFile(dir, ".trustee-", ".tmp");
    if (access == Access.OWNER_ONLY) {
      var f = temporary.toFile();
      f.setReadable(false, false);
      f.setReadable(true, true);
      f.setWritable(false, false);
      f.setWritable(true, true);
    }
    return temporary;
  }

  private static void move(Path from, Path to, boolean replace) throws IOException {
    try {
      if (replace) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to);
      }
    }
  }
}
