package org.securevote.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.securevote.platform.SqlValues;
import org.securevote.tools.format.TrailRow;

/**
 * Reads the stored trail in seq order, a page at a time (keyset on seq), with plain SQL: no entity
 * stays in memory or in a cache, so a long trail takes constant memory and a changed row is read as
 * the database holds it.
 */
@Dependent
public class TrailPages {
  static final int PAGE = 1000;

  private static final String ENTRIES =
      "select e.seq, e.recorded_at, e.actor, e.action, e.subject, e.detail, e.prev_hash, e.hash,"
          + " c.hash, c.signature from audit_entry e left join audit_checkpoint c on c.seq = e.seq"
          + " where e.seq > ?1 and e.seq <= ?2 order by e.seq limit ?3";

  @PersistenceContext EntityManager em;

  /** An entry as stored, and the hash its checkpoint says it signed (null without checkpoint). */
  public record StoredEntry(TrailRow row, String checkpointHash) {}

  /** The newest seq now; a walk up to it sees a fixed trail while appends go on. */
  public long head() {
    return ((Number)
            em.createNativeQuery("select coalesce(max(seq), 0) from audit_entry").getSingleResult())
        .longValue();
  }

  public void walk(long head, Consumer<StoredEntry> each) {
    long after = 0;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Object[]> page =
          em.createNativeQuery(ENTRIES)
              .setParameter(1, after)
              .setParameter(2, head)
              .setParameter(3, PAGE)
              .getResultList();
      for (Object[] r : page) {
        long seq = ((Number) r[0]).longValue();
        String signature = r[9] == null ? "" : (String) r[9];
        each.accept(
            new StoredEntry(
                new TrailRow(
                    seq,
                    SqlValues.instant(r[1]).toString(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    signature),
                (String) r[8]));
        after = seq;
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  /** The lowest seq a checkpoint names though no entry has it, if any. */
  public OptionalLong orphanCheckpoint() {
    List<?> seqs =
        em.createNativeQuery(
                "select c.seq from audit_checkpoint c where not exists"
                    + " (select 1 from audit_entry e where e.seq = c.seq) order by c.seq limit 1")
            .getResultList();
    return seqs.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) seqs.get(0)).longValue());
  }
}
