package org.securevote.monitoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.ballot.control.Turnout;
import org.securevote.election.entity.ElectionId;

/**
 * Counts for monitoring, read from the database so every cluster instance reports the same figures.
 * Only counts: nothing here says who voted or how.
 */
@Stateless
@PermitAll // read by the metrics endpoint, which has no caller
public class Telemetry {
  @PersistenceContext EntityManager em;
  @Inject Turnout turnout;
  @Inject SuspiciousActivity suspicious;

  /** Ballots stored per election id, for elections that are open or were. */
  public Map<String, Long> ballotsPerElection() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            "select e.id, count(b.id) from election e left join ballot b"
                + " on b.election_id = e.id where e.status in ('SCHEDULED', 'OPEN', 'CLOSED', 'PUBLISHED')"
                + " group by e.id")) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  public long ballots(String electionId) {
    return turnout.ballotsCast(new ElectionId(electionId));
  }

  public long electionsOpen() {
    return count("select count(*) from election where status = 'OPEN'");
  }

  /** Seconds the open elections have been open, summed (0 when none is open). */
  public long openElectionSeconds() {
    return count(
        "select coalesce(sum(extract(epoch from now() - opens_at)), 0)::bigint from election"
            + " where status = 'OPEN' and opens_at <= now()");
  }

  public long suspiciousEvents(String reason) {
    return suspicious.count(reason);
  }

  public long auditChainLength() {
    return count("select coalesce(max(seq), 0) from audit_entry");
  }

  /** How long the most recent tally took, in milliseconds. */
  public Optional<Long> lastTallyMillis() {
    List<?> last =
        em.createNativeQuery(
                "select duration_millis from tally_report order by tallied_at desc limit 1")
            .getResultList();
    return last.isEmpty() ? Optional.empty() : Optional.of(((Number) last.get(0)).longValue());
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}
