package org.securevote.voter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.voter.boundary.RollImportJob;
import org.securevote.voter.boundary.RollImports;

/**
 * Background roll imports keep their progress in the database, so any instance answers a poll
 * alike, and an import whose instance died is shown as failed instead of running for ever.
 */
@ExtendWith(ArquillianExtension.class)
class RollImportProgressIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("roll-import-progress-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject RollImports imports;
  @Inject Fixtures fixtures;

  @Test
  void aBackgroundImportWritesItsProgressAndReportToTheDatabase() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("voter_id,name,email,election\n");
    for (int i = 0; i < 1_200; i++) {
      csv.append("P%s-%d,Voter %d,p%d-%s@example.org,\n".formatted(tag, i, i, i, tag));
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

    String id = admin.call(() -> imports.start(file, 1_200));
    RollImportJob done = awaitFinished(id);

    assertNull(done.failure());
    assertEquals(1_200, done.report().written());
    assertTrue(done.report().acceptable());
    Object[] row =
        fixtures
            .rows(
                "select total, written, finished, report_rows from roll_import where id = cast(? as uuid)",
                id)
            .get(0);
    assertEquals(1_200, ((Number) row[0]).intValue());
    assertEquals(1_200, ((Number) row[1]).intValue());
    assertEquals(Boolean.TRUE, row[2]);
    assertEquals(1_200, ((Number) row[3]).intValue());
  }

  @Test
  void aFailedImportIsReportedThoughItsTransactionRolledBack() throws Exception {
    byte[] notARoll = "name;email\nAda;ada@example.org\n".getBytes(StandardCharsets.UTF_8);

    RollImportJob failed = awaitFinished(admin.call(() -> imports.start(notARoll, 1)));

    assertTrue(failed.failure().english().contains("voter_id"), failed.failure().english());
    assertNull(failed.report());
  }

  @Test
  void progressWrittenByAnotherInstanceIsWhatThisOneShows() throws Exception {
    String id = UUID.randomUUID().toString();
    fixtures.sql(
        "insert into roll_import (id, total, written) values (cast(? as uuid), 800, 200)", id);

    RollImportJob running = admin.call(() -> imports.job(id)).orElseThrow();
    fixtures.sql(
        "update roll_import set written = 600, updated_at = now() where id = cast(? as uuid)", id);
    RollImportJob later = admin.call(() -> imports.job(id)).orElseThrow();

    assertFalse(running.finished());
    assertEquals(25, running.percent());
    assertEquals(75, later.percent());
  }

  @Test
  void anImportThatStoppedAdvancingIsShownAsFailed() throws Exception {
    String id = UUID.randomUUID().toString();
    fixtures.sql(
        "insert into roll_import (id, total, written, started_at, updated_at)"
            + " values (cast(? as uuid), 5000, 1500, now() - interval '20 minutes',"
            + " now() - interval '10 minutes')",
        id);

    RollImportJob stalled = admin.call(() -> imports.job(id)).orElseThrow();

    assertTrue(stalled.finished(), "not shown as running for ever");
    assertTrue(
        stalled.failure().english().contains("stopped before it finished"),
        stalled.failure().english());
    assertEquals(0, stalled.written(), "its transaction rolled back: nothing was written");
  }

  @Test
  void anUnknownOrMalformedJobIsNone() throws Exception {
    assertTrue(admin.call(() -> imports.job(UUID.randomUUID().toString())).isEmpty());
    assertTrue(admin.call(() -> imports.job("not-a-job")).isEmpty());
  }

  private RollImportJob awaitFinished(String id) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    RollImportJob job = null;
    while (Instant.now().isBefore(deadline)) {
      job = admin.call(() -> imports.job(id)).orElseThrow();
      if (job.finished()) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("import still running after 60 s: " + job);
  }
}
