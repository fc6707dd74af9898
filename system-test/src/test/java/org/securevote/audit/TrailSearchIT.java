package org.securevote.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.audit.boundary.SuspicionQuery;
import org.securevote.audit.boundary.SuspicionSearch;
import org.securevote.audit.boundary.TrailQuery;
import org.securevote.audit.boundary.TrailSearch;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;

/**
 * Only auditors and admins read the trail and the suspicious events, and reading records nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TrailSearchIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.business("trail-search-it");
  }

  @Inject Callers.AsAuditor auditor;
  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter;
  @Inject TrailSearch trail;
  @Inject SuspicionSearch suspicions;
  @Inject Fixtures fixtures;
  @Inject ElectionAdministration elections;

  @Test
  void votersAreRefusedBothLists() {
    TrailQuery newest = TrailQuery.newest(null, null, null, null, null, 50);
    SuspicionQuery events = new SuspicionQuery(null, null, null, null, null, null, 50);

    assertThrows(EJBAccessException.class, () -> voter.call(() -> trail.page(newest)));
    assertThrows(EJBAccessException.class, () -> voter.call(() -> suspicions.page(events)));
  }

  @Test
  void auditorsAndAdminsReadWithoutAppendingToTheChain() throws Exception {
    ElectionId election = audited();
    long before = newestSeq();
    TrailQuery newest = TrailQuery.newest(null, null, null, null, null, 50);

    var read = auditor.call(() -> trail.page(newest));
    admin.call(() -> trail.page(newest));
    admin.call(() -> suspicions.page(new SuspicionQuery(null, null, null, null, null, null, 5)));

    assertEquals(before, newestSeq(), "reading appends nothing");
    assertEquals(before, read.rows().get(0).seq());
    assertEquals(election.auditName(), read.rows().get(0).subject());
  }

  @Test
  void aTimeRangeTakesFromInclusiveAndToExclusive() throws Exception {
    audited();
    audited();
    var newest = auditor.call(() -> trail.page(TrailQuery.newest(null, null, null, null, null, 1)));
    Instant at = newest.rows().get(0).recordedAt();

    var from = auditor.call(() -> trail.page(TrailQuery.newest(at, null, null, null, null, 50)));
    var until = auditor.call(() -> trail.page(TrailQuery.newest(null, at, null, null, null, 50)));

    assertTrue(from.rows().stream().anyMatch(e -> e.seq() == newest.rows().get(0).seq()));
    assertTrue(from.rows().stream().noneMatch(e -> e.recordedAt().isBefore(at)));
    assertTrue(until.rows().stream().allMatch(e -> e.recordedAt().isBefore(at)));
  }

  /** An audited action of this test's own, so the trail is never empty. */
  private ElectionId audited() throws Exception {
    Instant opens = Instant.now().plus(Duration.ofDays(1));
    ElectionTerms terms =
        new ElectionTerms(
            "Trail search", "", BallotType.SINGLE_CHOICE, opens, opens.plus(Duration.ofHours(1)));
    return admin.call(() -> elections.create(terms));
  }

  private long newestSeq() {
    return ((Number) fixtures.rows("select coalesce(max(seq), 0) from audit_entry").get(0)[0])
        .longValue();
  }
}
