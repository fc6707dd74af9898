package org.securevote.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.audit.boundary.TrailVerdict;
import org.securevote.audit.boundary.TrailVerification;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.ElectionSchedule;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;
import org.securevote.tools.crypto.AuditCheckpoint;
import org.securevote.tools.format.TrailRow;
import org.securevote.voter.boundary.VoterDetails;
import org.securevote.voter.boundary.VoterRegistry;

/**
 * The stored trail is signed at every election step, refuses changes through the application's
 * connection, and its check finds and names what a database superuser changed behind its back.
 * Every tampering test restores the rows exactly before it lets appends go on.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.business("audit-trail-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsAuditor auditor;
  @Inject ElectionAdministration elections;
  @Inject VoterRegistry registry;
  @Inject TrailVerification verification;
  @Inject Fixtures fixtures;
  @Inject ElectionSchedule schedule;

  @Resource(lookup = "jdbc/voting")
  DataSource database;

  private ElectionId election;

  @BeforeEach
  void anElectionScheduledForTomorrow() throws Exception {
    Instant opens = Instant.now().plus(Duration.ofDays(1));
    election =
        Elections.scheduled(
            admin, elections, fixtures, opens, opens.plus(Duration.ofHours(1)), "Ada", "Grace");
  }

  @Test
  void everyStepOfAnElectionIsSignedAndTheUntouchedTrailChecksOut() throws Exception {
    admin.run(() -> elections.cancel(election));
    String key = verification.publicKey();
    for (String step : List.of("election.schedule", "election.cancel")) {
      long seq = seqOf(step);
      List<Object[]> signed =
          fixtures.rows(
              "select c.signature, e.hash from audit_checkpoint c join audit_entry e"
                  + " on e.seq = c.seq and e.hash = c.hash where c.seq = ?1",
              seq);
      assertEquals(1, signed.size(), step + " has a checkpoint on its entry's hash");
      assertTrue(
          AuditCheckpoint.verifyHex(key, (String) signed.get(0)[0], seq, (String) signed.get(0)[1]),
          step + "'s checkpoint verifies with the published key");
    }
    TrailVerdict verdict = auditor.call(verification::check);
    assertTrue(verdict.ok(), verdict.toString());
    assertTrue(verdict.entries() >= seqOf("election.cancel"), verdict.toString());
    assertTrue(verdict.checkpoints() >= 2, verdict.toString());
  }

  /** The clock's own steps are signed too (called here directly, racing the server's clock). */
  @Test
  void theElectionClocksOpeningAndClosingAreSigned() throws Exception {
    Instant opens = Instant.now().plusSeconds(4);
    Instant closes = opens.plusSeconds(4);
    ElectionId timed =
        Elections.scheduled(admin, elections, fixtures, opens, closes, "Ada", "Grace");
    waitUntil(opens);
    schedule.openIfDue(timed);
    waitUntil(closes);
    schedule.closeIfDue(timed);
    for (String step : List.of("scheduled opening", "scheduled closing")) {
      List<Object[]> signed =
          fixtures.rows(
              "select c.signature from audit_entry e join audit_checkpoint c on c.seq = e.seq"
                  + " and c.hash = e.hash where e.subject = ?1 and e.detail = ?2",
              timed.auditName(),
              step);
      assertEquals(1, signed.size(), step + " is signed once");
    }
  }

  private static void waitUntil(Instant instant) throws InterruptedException {
    while (Instant.now().isBefore(instant.plusMillis(200))) {
      Thread.sleep(200);
    }
  }

  @Test
  void everySeventhEntryIsSignedAsTheTestDomainSays() {
    long sevenths = count("select count(*) from audit_entry where seq % 7 = 0");
    assertTrue(sevenths > 0);
    assertEquals(
        0,
        count(
            "select count(*) from audit_entry e where e.seq % 7 = 0"
                + " and not exists (select 1 from audit_checkpoint c where c.seq = e.seq)"));
  }

  @Test
  void theApplicationsOwnConnectionCannotChangeOrRemoveTheTrail() throws Exception {
    long seq = seqOf("election.schedule");
    for (String change :
        List.of(
            "update audit_entry set detail = 'rewritten' where seq = ?1",
            "delete from audit_entry where seq = ?1",
            "update audit_checkpoint set signature = '00' where seq = ?1",
            "delete from audit_checkpoint where seq = ?1")) {
      Exception refused = assertThrows(Exception.class, () -> fixtures.sql(change, seq), change);
      assertTrue(causes(refused).contains("the audit trail is insert-only"), causes(refused));
    }
    for (String table : List.of("audit_entry", "audit_checkpoint")) {
      Exception refused =
          assertThrows(Exception.class, () -> fixtures.sql("truncate " + table + " cascade"));
      assertTrue(causes(refused).contains("insert-only: TRUNCATE"), causes(refused));
    }
    assertEquals(1, count("select count(*) from audit_checkpoint where seq = " + seq));
    assertTrue(auditor.call(verification::check).ok());
  }

  @Test
  void anEditedEntryIsFoundAndNamed() throws Exception {
    long seq = seqOf("election.schedule") - 1;
    TrailVerdict verdict;
    try (Dba dba = new Dba(database)) {
      Object detail = dba.query("select detail from audit_entry where seq = ?", seq).get(0)[0];
      dba.execute("update audit_entry set detail = 'nothing happened' where seq = ?", seq);
      try {
        verdict = auditor.call(verification::check);
      } finally {
        dba.execute("update audit_entry set detail = ? where seq = ?", detail, seq);
      }
    }
    assertBroken(verdict, seq, "hash does not recompute");
  }

  @Test
  void aDeletedEntryIsFoundAndNamed() throws Exception {
    TrailVerdict verdict;
    long seq;
    try (Dba dba = new Dba(database)) {
      seq =
          dba.number(
              "select max(e.seq) from audit_entry e where e.seq < (select max(seq) from"
                  + " audit_entry) and not exists (select 1 from audit_checkpoint c where c.seq ="
                  + " e.seq)");
      dba.execute(
          "create temporary table kept_entry as select * from audit_entry where seq = ?", seq);
      try {
        dba.execute("delete from audit_entry where seq = ?", seq);
        verdict = auditor.call(verification::check);
      } finally {
        dba.execute("insert into audit_entry select * from kept_entry on conflict do nothing");
        dba.execute("drop table kept_entry");
      }
    }
    assertBroken(verdict, seq + 1, "follows entry " + (seq - 1));
  }

  /**
   * The DBA inserts an entry before the schedule step and renumbers and rehashes every later entry,
   * so the chain itself holds: the first checkpoint from there on no longer matches its entry.
   */
  @Test
  void anInsertedEntryIsFoundByTheNextCheckpointThoughEveryLaterHashWasRecomputed()
      throws Exception {
    long from = seqOf("election.schedule") - 1;
    TrailVerdict verdict;
    long firstSigned;
    try (Dba dba = new Dba(database)) {
      firstSigned = dba.number("select min(seq) from audit_checkpoint where seq >= ?", from);
      dba.execute(
          "create temporary table kept_entries as select * from audit_entry where seq >= ?", from);
      try {
        List<Object[]> kept =
            dba.query(
                "select seq, recorded_at, actor, action, subject, detail from kept_entries"
                    + " order by seq");
        String prev =
            (String) dba.query("select hash from audit_entry where seq = ?", from - 1).get(0)[0];
        dba.execute("delete from audit_entry where seq >= ?", from);
        List<Object[]> forged = new ArrayList<>();
        forged.add(
            new Object[] {
              0L, kept.get(0)[1], "it-admin@example.org", "voter.deactivate", "voter:X", "forged"
            });
        forged.addAll(kept);
        long seq = from;
        for (Object[] row : forged) {
          OffsetDateTime at = (OffsetDateTime) row[1];
          String hash =
              TrailRow.hashOf(
                  prev,
                  seq,
                  at.toInstant().toString(),
                  (String) row[2],
                  (String) row[3],
                  (String) row[4],
                  (String) row[5]);
          dba.execute(
              "insert into audit_entry (seq, recorded_at, actor, action, subject, detail,"
                  + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)",
              seq,
              at,
              row[2],
              row[3],
              row[4],
              row[5],
              prev,
              hash);
          prev = hash;
          seq++;
        }
        verdict = auditor.call(verification::check);
      } finally {
        dba.execute("delete from audit_entry where seq >= ?", from);
        dba.execute("insert into audit_entry select * from kept_entries");
        dba.execute("drop table kept_entries");
      }
    }
    assertBroken(verdict, firstSigned, "signed on a hash the entry does not have");
  }

  @Test
  void aCheckpointSignedByAnotherKeyOrMovedToAnotherHashIsFoundAndNamed() throws Exception {
    long seq = seqOf("election.schedule");
    byte[] otherSeed = new byte[32];
    otherSeed[31] = 7;
    TrailVerdict otherKey;
    TrailVerdict otherHash;
    try (Dba dba = new Dba(database)) {
      Object[] kept =
          dba.query("select hash, signature from audit_checkpoint where seq = ?", seq).get(0);
      String forgedHash = "f".repeat(64);
      try {
        dba.execute(
            "update audit_checkpoint set signature = ? where seq = ?",
            AuditCheckpoint.sign(otherSeed, seq, (String) kept[0]),
            seq);
        otherKey = auditor.call(verification::check);
        dba.execute(
            "update audit_checkpoint set hash = ?, signature = ? where seq = ?",
            forgedHash,
            AuditCheckpoint.sign(otherSeed, seq, forgedHash),
            seq);
        otherHash = auditor.call(verification::check);
      } finally {
        dba.execute(
            "update audit_checkpoint set hash = ?, signature = ? where seq = ?",
            kept[0],
            kept[1],
            seq);
      }
    }
    assertBroken(otherKey, seq, "checkpoint signature does not verify");
    assertBroken(otherHash, seq, "signed on a hash the entry does not have");
  }

  @Test
  void adminActionsOnAVoterNameTheVoterByVoterId() throws Exception {
    String ref = "V-" + UUID.randomUUID().toString().substring(0, 8);
    long before = count("select coalesce(max(seq), 0) from audit_entry");
    ElectionId draft =
        admin.call(
            () ->
                elections.create(
                    new ElectionTerms(
                        "Roll " + ref,
                        "",
                        BallotType.SINGLE_CHOICE,
                        Instant.now().plus(Duration.ofDays(2)),
                        Instant.now().plus(Duration.ofDays(3)))));
    admin.run(
        () -> registry.register(new VoterDetails(ref, "Roll Voter", ref + "@it.example.org")));
    admin.run(() -> registry.enrol(draft, ref));
    admin.run(() -> registry.unenrol(draft, ref));
    admin.run(() -> registry.deactivate(ref));
    List<Object[]> entries =
        fixtures.rows(
            "select action, subject, detail from audit_entry where seq > ?1 and action like"
                + " '%voter%' or seq > ?1 and action like 'roll.%' order by seq",
            before);
    assertEquals(
        List.of("voter.register", "roll.enrol", "roll.remove", "voter.deactivate"),
        entries.stream().map(e -> e[0]).toList());
    for (Object[] entry : entries) {
      assertEquals("voter:" + ref, entry[1], entry[0] + " names the voter");
    }
    assertTrue(
        ((String) entries.get(1)[2]).contains(draft.auditName()), (String) entries.get(1)[2]);
  }

  private void assertBroken(TrailVerdict verdict, long seq, String problem) throws Exception {
    assertFalse(verdict.ok(), verdict.toString());
    assertEquals(seq, verdict.brokenAt(), verdict.toString());
    assertTrue(verdict.problem().contains(problem), verdict.toString());
    TrailVerdict restored = auditor.call(verification::check);
    assertTrue(restored.ok(), "restored exactly: " + restored);
  }

  private long seqOf(String action) {
    return count(
        "select max(seq) from audit_entry where action = '"
            + action
            + "' and subject = '"
            + election.auditName()
            + "'");
  }

  private long count(String select) {
    return ((Number) fixtures.rows(select).get(0)[0]).longValue();
  }

  private static String causes(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append(" | ");
    }
    return all.toString();
  }
}
