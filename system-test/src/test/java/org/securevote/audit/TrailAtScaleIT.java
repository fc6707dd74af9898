package org.securevote.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.audit.boundary.KeysetPage;
import org.securevote.audit.boundary.TrailEntry;
import org.securevote.audit.boundary.TrailExport;
import org.securevote.audit.boundary.TrailQuery;
import org.securevote.audit.boundary.TrailSearch;
import org.securevote.audit.control.HashChain;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;

/**
 * The trail's pages stay index reads with a million more entries: the newest page, a page filtered
 * by action or election, and a page deep in the keyset. The entries are added after the chain's
 * head while the test holds the append lock, and removed again before it lets go, so the chain
 * others verify is the one it was. Times are printed, never asserted; the plans are.
 */
@ExtendWith(ArquillianExtension.class)
class TrailAtScaleIT {
  private static final int EXTRA = 1_000_000;
  private static final int PAGE = 50;
  private static final String RARE_ACTION = "scale.rare";
  private static final String SUBJECT = "election:" + "0".repeat(29) + "2a7"; // g % 1000 = 0x2a7

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("trail-at-scale-it");
  }

  @Inject Callers.AsAuditor auditor;
  @Inject TrailSearch trail;
  @Inject TrailExport export;

  @Resource(lookup = "jdbc/voting")
  DataSource database;

  @Test
  void pagesOfAMillionEntryTrailAreIndexReads() throws Exception {
    try (Connection db = database.getConnection();
        Statement sql = db.createStatement()) {
      db.setAutoCommit(true);
      sql.execute("select pg_advisory_lock(" + HashChain.APPEND_LOCK + ")");
      long head = 0;
      try {
        head = single(sql, "select coalesce(max(seq), 0) from audit_entry");
        long started = System.nanoTime();
        insertAfter(sql, head);
        sql.execute("analyze audit_entry");
        System.out.printf("%,d entries added in %d ms%n", EXTRA, millisSince(started));
        readThePages(sql, head);
        exportsInConstantMemory();
      } finally {
        removeAfter(sql, head);
        sql.execute("select pg_advisory_unlock(" + HashChain.APPEND_LOCK + ")");
      }
    }
  }

  /**
   * The CSV export streams: the old generation's peak during an export of the whole trail (more
   * than a million entries, hundreds of megabytes of CSV) stays far below the size of what was
   * written. Rows that were held for the whole export would have to end up there.
   */
  private void exportsInConstantMemory() throws Exception {
    List<MemoryPoolMXBean> old =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
            .toList();
    assertFalse(old.isEmpty(), "an old generation to watch");
    System.gc();
    long before = old.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    old.forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] written = {0};
    Writer counting =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) {
            written[0] += length;
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    long started = System.nanoTime();
    auditor.call(
        () -> {
          export.writeCsv(counting);
          return null;
        });
    long peak = old.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "CSV export of the whole trail: %,d characters in %d ms; old generation %,d bytes before,"
            + " peak %,d%n",
        written[0], millisSince(started), before, peak);
    assertTrue(written[0] > 100L * EXTRA, "every entry written: " + written[0]);
    assertTrue(
        peak - before < written[0] / 4,
        "the export grew the old generation by " + (peak - before) + " bytes");
  }

  private void readThePages(Statement sql, long head) throws Exception {
    KeysetPage<TrailEntry> newest =
        timed("first page", () -> page(TrailQuery.newest(null, null, null, null, null, PAGE)));
    assertEquals(head + EXTRA, newest.rows().get(0).seq(), "newest first");
    assertTrue(newest.more());

    KeysetPage<TrailEntry> byAction =
        timed(
            "page filtered by action",
            () -> page(TrailQuery.newest(null, null, null, RARE_ACTION, null, PAGE)));
    assertEquals(PAGE, byAction.rows().size(), "100 rare entries among the million");
    assertTrue(byAction.rows().stream().allMatch(e -> RARE_ACTION.equals(e.action())));

    KeysetPage<TrailEntry> byElection =
        timed(
            "page filtered by election",
            () -> page(TrailQuery.newest(null, null, null, null, SUBJECT, PAGE)));
    assertEquals(PAGE, byElection.rows().size());
    assertTrue(byElection.rows().stream().allMatch(e -> SUBJECT.equals(e.subject())));

    long deep = head + 1_000;
    KeysetPage<TrailEntry> deepPage =
        timed(
            "page deep in the keyset",
            () -> page(new TrailQuery(null, null, null, null, null, deep, null, PAGE)));
    assertEquals(deep - 1, deepPage.rows().get(0).seq(), "the page starts just older than its key");
    assertEquals(deep - PAGE, deepPage.rows().get(PAGE - 1).seq());

    KeysetPage<TrailEntry> deepFiltered =
        timed(
            "filtered page deep in the keyset",
            () ->
                page(
                    new TrailQuery(null, null, null, RARE_ACTION, null, head + 5_000, null, PAGE)));
    assertTrue(deepFiltered.rows().stream().allMatch(e -> e.seq() < head + 5_000));

    Instant from = timeOf(sql, head + 1_000);
    Instant to = timeOf(sql, head + 2_000);
    KeysetPage<TrailEntry> narrow =
        timed(
            "page of a narrow time range deep in the trail",
            () -> page(TrailQuery.newest(from, to, null, null, null, PAGE)));
    assertEquals(head + 1_999, narrow.rows().get(0).seq(), "the newest before the range's end");

    assertIndexRead(sql, "order by seq desc limit 51", "audit_entry_pkey");
    assertIndexRead(
        sql,
        "where recorded_at >= '"
            + from
            + "' and recorded_at < '"
            + to
            + "' order by seq desc limit 51",
        "audit_entry_recorded_at");
    assertIndexRead(
        sql,
        "where action = '" + RARE_ACTION + "' order by seq desc limit 51",
        "audit_entry_action_seq");
    assertIndexRead(
        sql,
        "where subject = '" + SUBJECT + "' order by seq desc limit 51",
        "audit_entry_subject_seq");
    assertIndexRead(sql, "where seq < " + deep + " order by seq desc limit 51", "audit_entry_pkey");
    assertIndexRead(
        sql,
        "where action = '"
            + RARE_ACTION
            + "' and seq < "
            + (head + 5_000)
            + " order by seq desc limit 51",
        "audit_entry_action_seq");
  }

  private KeysetPage<TrailEntry> page(TrailQuery query) throws Exception {
    return auditor.call(() -> trail.page(query));
  }

  /**
   * A million entries after the head in one statement, a microsecond apart, shaped like a trail:
   * mostly accepted ballots, one entry in 10,000 of a rare action, 100 actors, 1000 elections.
   * Their hashes are unique but link to nothing: they never outlive the test.
   */
  private static void insertAfter(Statement sql, long head) throws SQLException {
    sql.executeUpdate(
        "insert into audit_entry (seq, recorded_at, actor, action, subject, detail, prev_hash,"
            + " hash) select "
            + head
            + " + g, now() + g * interval '1 microsecond', 'scale-' || (g % 100) || '@example.org',"
            + " case when g % 10000 = 0 then 'scale.rare' else 'scale.ballot' end, 'election:' || lpad(to_hex(g % 1000), 32, '0'),"
            + " 'scale test', md5('prev' || g) || md5('prev' || g), md5('scale' || g) || md5(g::text)"
            + " from generate_series(1, "
            + EXTRA
            + ") g");
  }

  /** Deletes exactly the added entries, past the triggers that refuse it to the application. */
  private static void removeAfter(Statement sql, long head) throws SQLException {
    sql.execute("set session_replication_role = replica");
    try {
      int removed =
          sql.executeUpdate(
              "delete from audit_entry where seq > "
                  + head
                  + " and seq <= "
                  + (head + EXTRA)
                  + " and detail = 'scale test'");
      System.out.printf("%,d entries removed%n", removed);
    } finally {
      sql.execute("set session_replication_role = origin");
    }
    sql.execute("vacuum audit_entry"); // autovacuum is off here: leave no million dead entries
  }

  private static void assertIndexRead(Statement sql, String rest, String index)
      throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rows = sql.executeQuery("explain select * from audit_entry " + rest)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    System.out.println("Plan of '" + rest + "':\n" + plan);
    assertTrue(plan.toString().contains(" " + index + " "), plan.toString());
    assertFalse(plan.toString().contains("Seq Scan"), plan.toString());
  }

  private static Instant timeOf(Statement sql, long seq) throws SQLException {
    try (ResultSet row =
        sql.executeQuery("select recorded_at from audit_entry where seq = " + seq)) {
      row.next();
      return row.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  private static <T> T timed(String what, Callable<T> read) throws Exception {
    long started = System.nanoTime();
    T result = read.call();
    long micros = (System.nanoTime() - started) / 1_000;
    System.out.printf("Trail of %,d extra entries, %s: %.1f ms%n", EXTRA, what, micros / 1000.0);
    return result;
  }

  private static long single(Statement sql, String select) throws SQLException {
    try (ResultSet row = sql.executeQuery(select)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
