package org.securevote.voter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollFileTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsRowsWithQuotedCommasAndAnOptionalElectionColumn() {
    List<RollFile.Row> rows =
        RollFile.read(utf8("Voter_ID,Name,Email\r\nA1,\"Lovelace, Ada\",ada@example.org\r\n"));
    assertEquals(1, rows.size());
    assertEquals(new RollFile.Row(2, "A1", "Lovelace, Ada", "ada@example.org", ""), rows.get(0));
  }

  @Test
  void anOptionalLanguageColumnGivesEachVotersMailLanguage() {
    List<RollFile.Row> rows =
        RollFile.read(
            utf8("voter_id,name,email,language\nA1,Ada,a@example.org,fr\nA2,B,b@x.org,\n"));
    assertEquals(new RollFile.Row(2, "A1", "Ada", "a@example.org", "", "fr"), rows.get(0));
    assertEquals("", rows.get(1).language());
  }

  @Test
  void toleratesAByteOrderMark() {
    List<RollFile.Row> rows =
        RollFile.read(utf8("\uFEFFvoter_id,name,email\nA1,Ada,a@example.org\n"));
    assertEquals("A1", rows.get(0).voterRef());
  }

  @Test
  void namesTheMissingColumn() {
    RollFile.UnreadableRollFile e =
        assertThrows(
            RollFile.UnreadableRollFile.class, () -> RollFile.read(utf8("voter_id,name\nA,B\n")));
    assertTrue(e.getMessage().contains("'email' is missing"), e.getMessage());
  }

  @Test
  void refusesEmptyAndNonUtf8Files() {
    assertThrows(RollFile.UnreadableRollFile.class, () -> RollFile.read(new byte[0]));
    assertThrows(
        RollFile.UnreadableRollFile.class,
        () -> RollFile.read(new byte[] {(byte) 0xff, (byte) 0xfe, 'a'}));
    assertThrows(
        RollFile.UnreadableRollFile.class, () -> RollFile.read(utf8("voter_id,name,email\n")));
  }

  @Test
  void anUnterminatedQuoteIsAClearRefusalNotACrash() {
    RollFile.UnreadableRollFile e =
        assertThrows(
            RollFile.UnreadableRollFile.class,
            () -> RollFile.read(utf8("voter_id,name,email\n1,\"Ann,ann@x.org\n")));
    assertTrue(e.getMessage().startsWith("The file is not valid CSV"), e.getMessage());
  }

  @Test
  void refusesAFileLargerThanFiveMegabytes() {
    byte[] big = new byte[RollFile.MAX_BYTES + 1];
    assertThrows(RollFile.UnreadableRollFile.class, () -> RollFile.read(big));
  }
}
