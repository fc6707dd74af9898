package org.securevote.tools.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailCsvTest {
  private static TrailRow row(String actor, String detail) {
    String at = "2026-12-01T13:29:57.123456Z";
    String hash =
        TrailRow.hashOf(TrailRow.GENESIS, 1, at, actor, "voter.update", "voter:V1", detail);
    return new TrailRow(
        1, at, actor, "voter.update", "voter:V1", detail, TrailRow.GENESIS, hash, "");
  }

  private static String written(TrailRow... rows) throws IOException {
    StringWriter text = new StringWriter();
    try (TrailCsv.Out out = new TrailCsv.Out(text)) {
      for (TrailRow r : rows) {
        out.write(r);
      }
    }
    return text.toString();
  }

  private static List<TrailRow> read(String csv) {
    List<TrailRow> rows = new ArrayList<>();
    TrailCsv.read(new StringReader(csv), rows::add);
    return rows;
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAsRfc4180AndReadsThemBack() throws IOException {
    TrailRow tricky = row("a \"quoted\", admin", "line one\r\nline two, \"three\"");
    String csv = written(tricky);
    assertTrue(csv.startsWith(String.join(",", TrailCsv.COLUMNS) + "\r\n"), csv);
    assertTrue(csv.contains("\"a \"\"quoted\"\", admin\""), csv);
    assertEquals(List.of(tricky), read(csv));
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsWrittenBehindAnApostrophe() throws IOException {
    for (String formula :
        List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
      String csv = written(row("admin@example.org", formula));
      String line = csv.split("\r\n", 2)[1];
      assertTrue(
          line.contains(",'" + formula.charAt(0)) || line.contains(",\"'" + formula.charAt(0)),
          line);
      TrailRow back = read(csv).get(0);
      assertEquals(formula, back.detail());
      assertEquals(
          back.hash(), back.computeHash(), "the hash recomputes after the apostrophe is gone");
    }
  }

  @Test
  void textStartingWithAnApostropheKeepsItThroughTheRoundTrip() throws IOException {
    for (String text : List.of("'", "'=1", "''quoted'")) {
      TrailRow back = read(written(row(text, text))).get(0);
      assertEquals(text, back.actor());
      assertEquals(text, back.detail());
    }
  }

  @Test
  void refusesAFileWithoutTheHeaderOrWithRowsOfTheWrongWidth() {
    assertThrows(FormatRefusal.class, () -> read("seq,hash\r\n1,2\r\n"));
    assertThrows(FormatRefusal.class, () -> read(""));
    String header = String.join(",", TrailCsv.COLUMNS) + "\r\n";
    FormatRefusal narrow = assertThrows(FormatRefusal.class, () -> read(header + "1,2,3\r\n"));
    assertTrue(narrow.getMessage().contains("line 2"), narrow.getMessage());
    assertThrows(FormatRefusal.class, () -> read(header + "x,,,,,,,,\r\n"));
    assertThrows(FormatRefusal.class, () -> read(header + "\"1,,,,,,,,\r\n"));
  }
}
