package org.securevote.voter.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.securevote.platform.Text;

/**
 * Where background roll imports stand, one row each in {@code roll_import}, so every instance of a
 * cluster answers an admin's poll alike. Each write commits at once in a transaction of its own:
 * inside the import's single transaction it would stay unseen until the end. A running import whose
 * row has not moved for {@link #STALLED} ran on an instance that stopped, which rolled it back.
 */
@Stateless
@RolesAllowed(ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RollImportProgress {
  /** Far longer than an import takes between two writes (500 rows, or the whole file's check). */
  static final Duration STALLED = Duration.ofMinutes(3);

  static final Text STOPPED = Text.of("roll.import.stopped");

  /** Finished imports older than this are forgotten. */
  private static final Duration KEPT = Duration.ofDays(7);

  @PersistenceContext EntityManager em;

  public void started(String id, int total) {
    em.createNativeQuery(
            "delete from roll_import where updated_at < now() - make_interval(secs => ?1)")
        .setParameter(1, (double) KEPT.toSeconds())
        .executeUpdate();
    em.createNativeQuery("insert into roll_import (id, total) values (?1, ?2)")
        .setParameter(1, UUID.fromString(id))
        .setParameter(2, total)
        .executeUpdate();
  }

  /** Rows written so far; also a sign of life, so called once the file has been checked too. */
  public void advanced(String id, int written) {
    em.createNativeQuery(
            "update roll_import set written = ?2, updated_at = now() where id = ?1 and not finished")
        .setParameter(1, UUID.fromString(id))
        .setParameter(2, written)
        .executeUpdate();
  }

  /** The outcome: a report, or a failure that says why nothing was imported. */
  public void finished(String id, RollImportReport report, Text failure) {
    em.createNativeQuery(
            "update roll_import set finished = true, written = ?2, report_rows = cast(?3 as integer),"
                + " enrolments = cast(?4 as integer), problems = cast(cast(?5 as text) as jsonb),"
                + " failure = cast(?6 as text),"
                + " updated_at = now() where id = ?1")
        .setParameter(1, UUID.fromString(id))
        .setParameter(2, report == null ? 0 : report.written())
        .setParameter(3, report == null ? null : report.rows())
        .setParameter(4, report == null ? null : report.enrolments())
        .setParameter(5, report == null ? null : RowProblems.json(report.problems()))
        .setParameter(6, failure == null ? null : RowProblems.json(failure).toString())
        .executeUpdate();
  }

  /** The import as the database has it; a stalled one is shown as failed. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<RollImportJob> job(String id) {
    UUID key;
    try {
      key = UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select total, written, finished, report_rows, enrolments, cast(problems as text),"
                    + " failure, updated_at < now() - make_interval(secs => ?2)"
                    + " from roll_import where id = ?1")
            .setParameter(1, key)
            .setParameter(2, (double) STALLED.toSeconds())
            .getResultList();
    return rows.stream().findFirst().map(r -> job(id, r));
  }

  private static RollImportJob job(String id, Object[] r) {
    int total = ((Number) r[0]).intValue();
    int written = ((Number) r[1]).intValue();
    boolean finished = (Boolean) r[2];
    if (!finished) {
      return (Boolean) r[7]
          ? new RollImportJob(id, total, 0, true, null, STOPPED)
          : new RollImportJob(id, total, written, false, null, null);
    }
    RollImportReport report =
        r[3] == null
            ? null
            : new RollImportReport(
                ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(),
                RowProblems.read((String) r[5]),
                written);
    return new RollImportJob(id, total, written, true, report, RowProblems.text((String) r[6]));
  }
}
