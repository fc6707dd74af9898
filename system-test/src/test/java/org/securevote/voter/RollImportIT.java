package org.securevote.voter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.ElectionTurnout;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.ElectionId;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;
import org.securevote.voter.boundary.RollImportReport;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.voter.control.RollFile;

/** Voter-roll CSV import: checked row by row, written all or nothing. */
@ExtendWith(ArquillianExtension.class)
class RollImportIT {
  /** A large organisation's roll: the import is meant to take one in under a minute. */
  private static final int ROWS = 100_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("roll-import-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject VoterRegistry registry;
  @Inject ElectionAdministration elections;
  @Inject ElectionTurnout turnout;
  @Inject Fixtures fixtures;

  @Test
  void aFileWithBadRowsIsReportedRowByRowAndWritesNothing() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "voter_id,name,email,election\n"
            + "A-"
            + tag
            + ",Ada,ada-"
            + tag
            + "@example.org,\n"
            + "B-"
            + tag
            + ",Bob,not-an-email,\n"
            + "A-"
            + tag
            + ",Ada again,ada2-"
            + tag
            + "@example.org,\n"
            + "C-"
            + tag
            + ",Cy,cy-"
            + tag
            + "@example.org,No such election "
            + tag
            + "\n";
    long votersBefore = voters();

    RollImportReport preview = admin.call(() -> registry.preview(bytes(csv)));
    RollImportReport attempt = admin.call(() -> registry.importRoll(bytes(csv)));

    assertEquals(4, preview.rows());
    assertEquals(3, preview.problems().size(), preview.problems().toString());
    assertEquals(3, preview.problems().get(0).line());
    assertTrue(preview.problems().get(0).problems().english().contains("not an email address"));
    assertTrue(
        preview.problems().get(1).problems().english().contains("appears twice in the file"));
    assertTrue(preview.problems().get(2).problems().english().contains("no election called"));
    assertFalse(attempt.acceptable());
    assertEquals(0, attempt.written());
    assertEquals(votersBefore, voters(), "nothing written");
  }

  @Test
  void aLanguageColumnGivesEachVotersMailsTheirLanguage() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String header = "voter_id,name,email,language\n";
    String rows =
        "F-"
            + tag
            + ",Fleur,fleur-"
            + tag
            + "@example.org,fr\n"
            + "E-"
            + tag
            + ",Ed,ed-"
            + tag
            + "@example.org,EN\n"
            + "N-"
            + tag
            + ",Nell,nell-"
            + tag
            + "@example.org,\n";
    String german = "D-" + tag + ",Dora,dora-" + tag + "@example.org,de\n";

    RollImportReport refused = admin.call(() -> registry.importRoll(bytes(header + rows + german)));
    assertFalse(refused.acceptable());
    assertEquals(1, refused.problems().size());
    assertEquals("language is en or fr, not 'de'", refused.problems().get(0).problems().english());

    assertTrue(admin.call(() -> registry.importRoll(bytes(header + rows))).acceptable());
    List<Object[]> stored =
        fixtures.rows(
            "select email, coalesce(language, '-') from account where email like ? order by email",
            "%-" + tag + "@example.org");
    assertEquals(
        List.of(
            "ed-" + tag + "@example.org:en",
            "fleur-" + tag + "@example.org:fr",
            "nell-" + tag + "@example.org:-"),
        stored.stream().map(r -> r[0] + ":" + r[1]).toList());
  }

  @Test
  void aFileThatIsNotARollIsRefusedWithAClearMessage() {
    RollFile.UnreadableRollFile refused =
        assertThrows(
            RollFile.UnreadableRollFile.class,
            () -> admin.call(() -> registry.preview(bytes("name;email\nAda;ada@example.org\n"))));
    assertTrue(refused.getMessage().contains("voter_id"), refused.getMessage());
  }

  @Test
  void aHundredThousandVotersImportWithTheirEligibility() throws Exception {
    ElectionId election = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    admin.run(() -> elections.cancel(election)); // roll checks need a changeable roll: use a draft
    ElectionId draft =
        admin.call(
            () ->
                elections.create(
                    new org.securevote.election.entity.ElectionTerms(
                        "Import " + UUID.randomUUID(),
                        "",
                        org.securevote.election.entity.BallotType.SINGLE_CHOICE,
                        java.time.Instant.now().plusSeconds(3600),
                        java.time.Instant.now().plusSeconds(7200))));
    String tag = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("voter_id,name,email,election\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("T")
          .append(tag)
          .append('-')
          .append(i)
          .append(",Voter ")
          .append(i)
          .append(",v")
          .append(i)
          .append('-')
          .append(tag)
          .append("@example.org,")
          .append(draft.value())
          .append('\n');
    }
    long votersBefore = voters();

    long start = System.nanoTime();
    RollImportReport report = admin.call(() -> registry.importRoll(bytes(csv.toString())));
    System.out.printf(
        "RollImportIT: %,d rows (%,d bytes) checked and written in %,d ms%n",
        ROWS, csv.length(), (System.nanoTime() - start) / 1_000_000);

    assertTrue(report.acceptable(), report.problems().toString());
    assertEquals(ROWS, report.written());
    assertEquals(votersBefore + ROWS, voters());
    assertEquals(ROWS, admin.call(() -> turnout.of(draft)).eligible());
  }

  private long voters() {
    return ((Number) fixtures.rows("select count(*) from voter").get(0)[0]).longValue();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
