package org.securevote.tools.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The audit trail as CSV (docs/audit-trail.md): RFC 4180, a header row, one entry per row, written
 * and read a row at a time. Text a spreadsheet would run as a formula gets one leading apostrophe,
 * which the reader takes off again, so the hashes recompute from what the file holds.
 */
public final class TrailCsv {
  public static final List<String> COLUMNS =
      List.of(
          "seq",
          "recorded_at",
          "actor",
          "action",
          "subject",
          "detail",
          "prev_hash",
          "hash",
          "checkpoint_signature");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  /** What makes a spreadsheet read a cell as a formula, plus the apostrophe itself. */
  private static final String FORMULA_STARTS = "=+-@\t\r'";

  private TrailCsv() {}

  /** Writes the header at once, then each row as it comes; flushes nothing itself. */
  public static final class Out implements Closeable {
    private final CSVPrinter printer;

    public Out(Writer out) {
      try {
        printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(COLUMNS);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public void write(TrailRow row) {
      try {
        printer.printRecord(
            Long.toString(row.seq()),
            row.recordedAt(),
            defused(row.actor()),
            defused(row.action()),
            defused(row.subject()),
            defused(row.detail()),
            row.prevHash(),
            row.hash(),
            row.checkpointSignature());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      printer.close(true);
    }
  }

  /**
   * Reads the file a row at a time, handing each row on before reading the next.
   *
   * @throws FormatRefusal naming the line, for a wrong header, a row of the wrong width or seq
   */
  public static void read(Reader in, Consumer<TrailRow> each) {
    try (CSVParser parser = CSVParser.parse(in, FORMAT)) {
      boolean header = true;
      for (CSVRecord record : parser) {
        if (header) {
          if (!record.toList().equals(COLUMNS)) {
            throw new FormatRefusal(
                "the trail's first line must name the columns " + String.join(",", COLUMNS));
          }
          header = false;
          continue;
        }
        each.accept(row(record));
      }
      if (header) {
        throw new FormatRefusal("the trail is empty: not even a header line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new FormatRefusal("the trail is not well-formed CSV: " + e.getMessage());
    }
  }

  private static TrailRow row(CSVRecord record) {
    String where = "the trail's line " + record.getRecordNumber();
    if (record.size() != COLUMNS.size()) {
      throw new FormatRefusal(where + " has " + record.size() + " fields, not " + COLUMNS.size());
    }
    long seq;
    try {
      seq = Long.parseLong(record.get(0));
    } catch (NumberFormatException e) {
      throw new FormatRefusal(where + " has no number in seq");
    }
    return new TrailRow(
        seq,
        record.get(1),
        restored(record.get(2)),
        restored(record.get(3)),
        restored(record.get(4)),
        restored(record.get(5)),
        record.get(6),
        record.get(7),
        record.get(8));
  }

  /** One apostrophe in front of text that starts like a formula (or with an apostrophe). */
  static String defused(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** The inverse of {@link #defused}: every apostrophe-led field lost exactly one apostrophe. */
  static String restored(String field) {
    return field.startsWith("'") ? field.substring(1) : field;
  }
}
