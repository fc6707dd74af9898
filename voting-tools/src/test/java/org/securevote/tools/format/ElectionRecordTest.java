package org.securevote.tools.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securevote.tools.verify.RecordFixtures;

/** The codec the server writes the record with and the verifier reads it with. */
class ElectionRecordTest {
  private static RecordFixtures fixture;
  private static ElectionRecord record;

  @BeforeAll
  static void record() {
    fixture = new RecordFixtures();
    record = fixture.record(0, 2);
  }

  @Test
  void writingLeavesTheCallersStreamOpen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record.write(out);
    out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(record.text() + "\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aStoredBallotReadsBackFromItsWireText() {
    RecordBallot b = record.ballots().get(0);
    String text = BallotJson.text(b.ballot());
    assertEquals(text, BallotJson.text(BallotJson.read(text, "stored ballot")));
    String extra = text.replaceFirst("\\{", "{\"voter\":\"x\",");
    FormatRefusal e =
        assertThrows(FormatRefusal.class, () -> BallotJson.read(extra, "stored ballot"));
    assertEquals("stored ballot: \"voter\" is not a field of this object", e.getMessage());
  }

  @Test
  void publicAndPartialFilesReadFromText() {
    PublicFile p = record.trusteePublics().get(1);
    assertEquals(
        JsonFiles.text(p.toJson()),
        JsonFiles.text(PublicFile.read(JsonFiles.text(p.toJson()), "upload").toJson()));
    PartialsFile d = record.partialDecryptions().get(0);
    assertEquals(
        JsonFiles.text(d.toJson()),
        JsonFiles.text(PartialsFile.read(JsonFiles.text(d.toJson()), "upload").toJson()));
  }

  @Test
  void everyEncodingIsRefusedNamingItsField() {
    assertRefused(
        record.text().replace("2026-12-01T10:00:00Z", "2026-12-01T10:00:00.5Z"),
        "record election: \"opensAt\" is not an ISO-8601 instant in UTC, e.g."
            + " 2026-12-01T10:00:00Z");
    assertRefused(
        record.text().replace("2026-12-01T10:00:00Z", "2026-12-01T11:00:00+01:00"),
        "record election: \"opensAt\" is not an ISO-8601 instant in UTC, e.g."
            + " 2026-12-01T10:00:00Z");
    String key = org.securevote.tools.crypto.Group.pointHex(record.publicKey());
    assertRefused(
        record.text().replace("\"publicKey\":\"" + key, "\"publicKey\":\"" + key.toUpperCase()),
        "record: \"publicKey\" is not a point: lowercase hex expected");
    assertRefused(
        record.text().replace("\"group\":\"P-256\"", "\"group\":\"secp256k1\""),
        "record: \"group\" is not P-256");
    assertRefused(
        record.text().replace("\"ballotType\":\"SINGLE_CHOICE\"", "\"ballotType\":\"RANKED\""),
        "record election: \"ballotType\" is not SINGLE_CHOICE or APPROVAL, the types this tool"
            + " knows");
    assertRefused(
        record.text().replaceFirst("\"encryptedBy\":\"voter\"", "\"encryptedBy\":\"browser\""),
        "record ballots[0]: \"encryptedBy\" is neither \"voter\" nor \"server\"");
    assertRefused(
        record.text() + "{}",
        "record: not one JSON object (Expected EOF token, but got CURLYOPEN)");
    assertRefused("[]", "record: not one JSON object");
  }

  private static void assertRefused(String text, String message) {
    FormatRefusal e = assertThrows(FormatRefusal.class, () -> ElectionRecord.read(text, "record"));
    assertEquals(message, e.getMessage());
  }
}
