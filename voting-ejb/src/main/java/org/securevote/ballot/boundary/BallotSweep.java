package org.securevote.ballot.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Clears what a shuffle leaves in the database files. The shuffle's delete leaves every ballot and
 * participation as written at cast time (cast transaction id, cast order) in dead row versions and
 * index entries, and a plain VACUUM, though it frees them, leaves their bytes in the pages' free
 * space. A VACUUM FULL writes each table and its indexes into new files holding only live rows, so
 * nothing of the old versions stays in the database's pages. The per-voter bookkeeping rewritten on
 * every sign-in and code confirmation is swept with them. Runs outside any transaction (VACUUM
 * cannot run in one), after the shuffle has committed: the clock calls it on every tick, and it
 * acts only when a row in {@code ballot_sweep_due} has reached its {@code not_before}. A rewrite
 * costs time in proportion to every ballot stored and holds up casts meanwhile, so an open
 * election's shuffles wait {@code VOTING_SWEEP_WAIT_SECONDS} for it and a closing's do not.
 */
@Stateless
@PermitAll // acts only on what is due; nobody can make it do more
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BallotSweep {
  private static final Logger LOG = Logger.getLogger(BallotSweep.class.getName());

  /** The tables a shuffle rewrites: a sweep that had to keep old versions in them stays due. */
  static final List<String> SHUFFLED = List.of("ballot", "ballot_ciphertext", "participation");

  /**
   * Swept in this order. The bookkeeping tables gain dead versions with every sign-in, so versions
   * kept there for a sign-in under way do not keep the sweep due: the next sweep takes them.
   */
  public static final List<String> TABLES =
      List.of("ballot", "ballot_ciphertext", "participation", "one_time_code", "sign_in_failure");

  /** How long a sweep waits for a table lock before giving up until the next tick. */
  static final String LOCK_TIMEOUT = "2s";

  private static final Pattern KEPT =
      Pattern.compile("(\\d+) dead row versions cannot be removed yet");

  @Resource(lookup = "jdbc/voting")
  DataSource dataSource;

  /**
   * Sweeps if a committed shuffle's sweep is due; returns how many shuffles it cleared (all those
   * recorded, due or not: one rewrite clears them all). Gives up (returns 0, leaving them recorded)
   * if a table stays locked, or if an open transaction still sees old versions of shuffled rows,
   * which VACUUM FULL then has to keep.
   */
  public int sweepIfDue() {
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      boolean autoCommit = db.getAutoCommit();
      db.setAutoCommit(true);
      sql.execute("set lock_timeout = '" + LOCK_TIMEOUT + "'");
      try {
        return sweep(sql);
      } catch (SQLException e) {
        if (!"55P03".equals(e.getSQLState())) {
          throw e;
        }
        LOG.info("Ballot sweep postponed: a table stayed locked for " + LOCK_TIMEOUT);
        return 0;
      } finally {
        sql.execute("reset lock_timeout");
        db.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Ballot sweep failed: " + e.getMessage(), e);
    }
  }

  private static int sweep(Statement sql) throws SQLException {
    // One sweep at a time across the cluster; another instance's tick leaves it to the first.
    try (ResultSet first =
        sql.executeQuery("select pg_try_advisory_lock(hashtext('ballot-sweep'))")) {
      first.next();
      if (!first.getBoolean(1)) {
        return 0;
      }
    }
    try {
      List<Long> due = new ArrayList<>();
      boolean ripe = false;
      try (ResultSet rows =
          sql.executeQuery("select shuffle, not_before <= now() from ballot_sweep_due")) {
        while (rows.next()) {
          due.add(rows.getLong(1));
          ripe |= rows.getBoolean(2);
        }
      }
      if (!ripe) {
        return 0;
      }
      if (!ownsTables(sql)) {
        // VACUUM would skip the tables with a mere warning and leave everything in place.
        LOG.severe(
            "Ballot sweep impossible: the database user must own the tables " + TABLES + ".");
        return 0;
      }
      long kept = 0;
      long started = System.nanoTime();
      for (String table : TABLES) {
        sql.clearWarnings();
        sql.execute("vacuum (full, verbose) " + table);
        if (SHUFFLED.contains(table)) {
          kept += kept(sql.getWarnings());
        }
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (kept > 0) {
        LOG.info( // routine: the next tick sweeps again
            "Ballot sweep kept "
                + kept
                + " dead row versions an open transaction still sees; sweeping again next tick");
        return 0;
      }
      try (var delete =
          sql.getConnection()
              .prepareStatement("delete from ballot_sweep_due where shuffle = any(?)")) {
        Array ids = sql.getConnection().createArrayOf("bigint", due.toArray());
        delete.setArray(1, ids);
        delete.executeUpdate();
      }
      LOG.log(
          Level.INFO,
          "Ballot sweep cleared {0} shuffle(s) in {1} ms",
          new Object[] {due.size(), millis});
      return due.size();
    } finally {
      sql.execute("select pg_advisory_unlock(hashtext('ballot-sweep'))");
    }
  }

  private static boolean ownsTables(Statement sql) throws SQLException {
    try (ResultSet r =
        sql.executeQuery(
            "select count(*) from pg_class where relname in ('"
                + String.join("', '", TABLES)
                + "') and relnamespace = current_schema()::regnamespace"
                + " and pg_has_role(current_user, relowner, 'USAGE')")) {
      r.next();
      return r.getInt(1) == TABLES.size();
    }
  }

  /** Dead row versions VACUUM had to keep, from the details of its VERBOSE report. */
  static long kept(SQLWarning report) {
    long kept = 0;
    for (SQLWarning w = report; w != null; w = w.getNextWarning()) {
      Matcher m = KEPT.matcher(w.getMessage() + "\n" + detail(w));
      while (m.find()) {
        kept += Long.parseLong(m.group(1));
      }
    }
    return kept;
  }

  /** The notice's DETAIL line, which the PostgreSQL driver keeps apart from the message. */
  private static String detail(SQLWarning w) {
    try {
      Object notice = w.getClass().getMethod("getServerErrorMessage").invoke(w);
      return notice == null
          ? ""
          : String.valueOf(notice.getClass().getMethod("getDetail").invoke(notice));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "";
    }
  }
}
