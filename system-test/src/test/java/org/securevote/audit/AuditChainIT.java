package org.securevote.audit;

import static java.util.Collections.nCopies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;

/** Appends from many transactions at once still make one chain: no fork, no gap, no refusal. */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
  private static final int WRITERS = 8;
  private static final int APPENDS_EACH = 12;
  private static final int SHUFFLES = 4;
  private static final int BALLOTS_EACH = 30;

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("audit-chain-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject ElectionAdministration elections;
  @Inject Fixtures fixtures;
  @Inject ConnectionProbe probe;

  @Resource(lookup = "jdbc/voting")
  DataSource database;

  /**
   * Appends rely on READ COMMITTED: the newest link is read after the lock, in a fresh snapshot. A
   * pooled connection that someone left at another level must not carry it into a transaction.
   */
  @Test
  void everyTransactionRunsReadCommittedWhateverTheLastUserOfItsConnectionSet() throws Exception {
    for (int i = 0; i < 40; i++) {
      try (Connection careless = database.getConnection()) {
        careless.setAutoCommit(false);
        careless.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        careless.rollback();
      }
      assertEquals("read committed", probe.isolation(), "after " + (i + 1) + " careless uses");
    }
  }

  @Test
  void aLockTakenBeforeTheFirstWriteIsHeldByTheConnectionThatWrites() {
    assertTrue(probe.lockBeforeFirstWriteHeldByTheWriter());
  }

  @Test
  void parallelAuditedActionsAllSucceedAndLinkUp() throws Exception {
    long before = newestSeq();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<Integer>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                var id = admin.call(() -> elections.create(terms("Chain writer " + writer)));
                for (int i = 0; i < APPENDS_EACH; i++) {
                  String name = "Candidate " + i;
                  admin.run(() -> elections.addCandidate(id, name, "", null));
                }
                return APPENDS_EACH;
              }));
    }
    // Shuffles append one entry per ballot, many in one transaction, alongside the writers above.
    Future<Integer> shuffler =
        pool.submit(
            () -> {
              int accepted = 0;
              for (int round = 0; round < SHUFFLES; round++) {
                ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
                List<String> candidates =
                    admin.call(() -> elections.election(id)).candidates().stream()
                        .map(c -> c.id())
                        .toList();
                fixtures.castWithoutVoters(id.value(), nCopies(BALLOTS_EACH, candidates.get(0)));
                accepted += fixtures.shuffleAll(id.value());
              }
              return accepted;
            });
    int done = 0;
    for (Future<Integer> writer : writers) {
      done += writer.get(); // rethrows any refused or failed append
    }
    int accepted = shuffler.get();
    pool.shutdown();
    assertEquals(WRITERS * APPENDS_EACH, done);
    assertEquals(SHUFFLES * BALLOTS_EACH, accepted);

    List<Object[]> links =
        fixtures.rows(
            "select seq, prev_hash, hash, action from audit_entry where seq >= ?1 order by seq",
            before);
    long adds = links.stream().filter(l -> "candidate.add".equals(l[3])).count();
    // The shuffler's two candidates per election are audited too.
    assertEquals(WRITERS * APPENDS_EACH + SHUFFLES * 2, adds, "every audited change has its entry");
    long ballots = links.stream().filter(l -> "ballot.accepted".equals(l[3])).count();
    assertEquals(SHUFFLES * BALLOTS_EACH, ballots, "every shuffled ballot has its entry");
    for (int i = 1; i < links.size(); i++) {
      long seq = ((Number) links.get(i)[0]).longValue();
      long previous = ((Number) links.get(i - 1)[0]).longValue();
      assertEquals(previous + 1, seq, "no gap after " + previous);
      assertEquals(links.get(i - 1)[2], links.get(i)[1], "entry " + seq + " links to " + previous);
    }
  }

  private long newestSeq() {
    return ((Number) fixtures.rows("select coalesce(max(seq), 0) from audit_entry").get(0)[0])
        .longValue();
  }

  private static ElectionTerms terms(String title) {
    Instant opens = Instant.now().plus(Duration.ofDays(1));
    return new ElectionTerms(
        title, "", BallotType.SINGLE_CHOICE, opens, opens.plus(Duration.ofHours(1)));
  }
}
