package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.securevote.ballot.entity.TurnoutSample;
import org.securevote.election.entity.ElectionId;

/**
 * Ballots in per minute while an election is open, for the dashboard's turnout over time. One row
 * per election and minute; instances sampling the same minute overwrite each other with the same or
 * a newer count, so the history has no duplicates whatever the number of instances.
 */
@Dependent
public class TurnoutHistory {
  /** Points a chart gets at most: a week-long election is thinned, its last point always kept. */
  static final int MAX_POINTS = 240;

  @PersistenceContext EntityManager em;
  @Inject Turnout turnout;

  public void sample(ElectionId id, Instant now) {
    em.createNativeQuery(
            "insert into turnout_sample (election_id, minute, ballots) values (?1, ?2, ?3)"
                + " on conflict (election_id, minute) do update set ballots = excluded.ballots")
        .setParameter(1, id.value())
        .setParameter(2, Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES)))
        .setParameter(3, turnout.ballotsCast(id))
        .executeUpdate();
  }

  /** The samples in time order, thinned to at most {@link #MAX_POINTS}. */
  public List<TurnoutSample> of(ElectionId id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select minute, ballots from turnout_sample where election_id = ?1 order by minute")
            .setParameter(1, id.value())
            .getResultList();
    List<TurnoutSample> all =
        rows.stream()
            .map(r -> new TurnoutSample(instant(r[0]), ((Number) r[1]).longValue()))
            .toList();
    return thinned(all, MAX_POINTS);
  }

  static List<TurnoutSample> thinned(List<TurnoutSample> all, int max) {
    if (all.size() <= max) {
      return all;
    }
    List<TurnoutSample> kept = new ArrayList<>();
    double step = (double) (all.size() - 1) / (max - 1);
    for (int i = 0; i < max; i++) {
      kept.add(all.get((int) Math.round(i * step)));
    }
    return kept;
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return (Instant) value;
  }
}
