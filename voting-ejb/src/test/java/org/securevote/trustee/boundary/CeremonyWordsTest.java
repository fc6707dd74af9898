package org.securevote.trustee.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.securevote.platform.Text;

/**
 * What the ceremony's pages say about it, in English as before and in French; the audit trail keeps
 * the English words of each step.
 */
class CeremonyWordsTest {
  private static TrusteeStanding seat(
      int index, boolean published, int sent, boolean confirmed, Integer accused, String why) {
    return new TrusteeStanding(
        index,
        "T" + index,
        "t" + index + "@example.org",
        published,
        sent,
        0,
        2,
        confirmed,
        accused,
        why);
  }

  private static CeremonyStanding ceremony(List<TrusteeStanding> seats, String key) {
    return new CeremonyStanding("e", "Board", "draft", 3, 2, seats, null, key);
  }

  @Test
  void aCeremonySaysWhatItWaitsFor() {
    CeremonyStanding publishing =
        ceremony(
            List.of(
                seat(1, true, 0, false, null, null),
                seat(2, false, 0, false, null, null),
                seat(3, false, 0, false, null, null)),
            null);
    assertEquals("waiting for public files (1 of 3)", publishing.stage().english());
    assertEquals("en attente des fichiers publics (1 sur 3)", publishing.stage().in(Locale.FRENCH));
    assertEquals(
        "no trustees appointed",
        new CeremonyStanding("e", "Board", "draft", 0, 0, List.of(), null, null).stage().english());
    assertEquals("complete", ceremony(List.of(), "02ab").stage().english());
  }

  @Test
  void aTrusteeSaysHowFarItGot() {
    assertEquals("invited", seat(1, false, 0, false, null, null).stage().english());
    assertEquals(
        "public file published, 1 of 2 shares sent",
        seat(1, true, 1, false, null, null).stage().english());
    assertEquals(
        "complaint about trustee 2's share: its share failed the check",
        seat(1, true, 2, false, 2, "").stage().english(),
        "no reason given");
    assertEquals(
        "réclamation contre la part du garant 2 : bad MAC",
        seat(1, true, 2, false, 2, "bad MAC").stage().in(Locale.FRENCH));
  }

  @Test
  void theAuditTrailKeepsTheEnglishOfEachStep() {
    CeremonyStep complained =
        new CeremonyStep("e", Text.of("trustee.step.complained", 3, 1), false);
    assertEquals("trustee 3 complained about trustee 1's share", complained.auditDetail());
    CeremonyStep confirmed = new CeremonyStep("e", Text.of("trustee.step.confirmed", 3), true);
    assertEquals(
        "trustee 3 confirmed its shares; ceremony complete, election key adopted",
        confirmed.auditDetail());
    CeremonyStep appointed =
        new CeremonyStep(
            "e",
            Text.of("trustee.step.appointedUndelivered", 2, 3, "a@x, b@x, c@x", "b@x"),
            false,
            List.of("b@x"));
    assertEquals(
        "appointed 2 of 3 trustees: a@x, b@x, c@x; the invitation could not be emailed to b@x",
        appointed.auditDetail());
    assertEquals(
        "C’est fait : le garant 3 a confirmé ses parts. La cérémonie de clés est terminée.",
        Text.of("ceremony.doneComplete", confirmed.did()).in(Locale.FRENCH));
  }
}
