package org.securevote.voter.control;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/**
 * Reads a voter-roll CSV: a header row naming {@code voter_id, name, email} and optionally {@code
 * election} (an election's title or id) and {@code language} (en or fr: of the voter's mails until
 * they sign in), then one voter per row.
 */
public final class RollFile {
  /** A 200,000-voter roll with an election column fits; the whole file is read into memory. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  public static final int MAX_ROWS = 200_000;

  /** What a file over {@link #MAX_BYTES} is told, wherever it is caught. */
  public static final Text TOO_LARGE = Text.of("roll.file.tooLarge");

  private RollFile() {}

  /** One data row as written in the file; {@code line} counts from 1 at the header. */
  public record Row(
      long line, String voterRef, String name, String email, String election, String language) {
    public Row(long line, String voterRef, String name, String email, String election) {
      this(line, voterRef, name, email, election, "");
    }
  }

  /** The file's rows, or an exception whose message says what is wrong with the file as a whole. */
  public static List<Row> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new UnreadableRollFile(Text.of("roll.file.empty"));
    }
    if (content.length > MAX_BYTES) {
      throw new UnreadableRollFile(TOO_LARGE);
    }
    String text = utf8(content);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      for (String required : List.of("voter_id", "name", "email")) {
        if (!header.contains(required)) {
          throw new UnreadableRollFile(Text.of("roll.file.missingColumn", required));
        }
      }
      boolean hasElection = header.contains("election");
      boolean hasLanguage = header.contains("language");
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() == MAX_ROWS) {
          throw new UnreadableRollFile(Text.of("roll.file.tooManyRows", MAX_ROWS));
        }
        rows.add(
            new Row(
                record.getRecordNumber() + 1,
                value(record, "voter_id"),
                value(record, "name"),
                value(record, "email"),
                hasElection ? value(record, "election") : "",
                hasLanguage ? value(record, "language") : ""));
      }
      if (rows.isEmpty()) {
        throw new UnreadableRollFile(Text.of("roll.file.noVoters"));
      }
      return rows;
    } catch (IOException
        | java.io.UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new UnreadableRollFile(Text.of("roll.file.notCsv", String.valueOf(e.getMessage())));
    }
  }

  private static String value(CSVRecord record, String column) {
    for (String name : record.getParser().getHeaderNames()) {
      if (name.equalsIgnoreCase(column)) {
        return record.isSet(name) ? record.get(name) : "";
      }
    }
    return "";
  }

  private static String utf8(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new UnreadableRollFile(Text.of("roll.file.notUtf8"));
    }
  }

  /** The file as a whole cannot be read; nothing was written. */
  public static class UnreadableRollFile extends Refusal {
    public UnreadableRollFile(Text text) {
      super(Kind.INVALID, text);
    }
  }
}
