package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.account.boundary.SignInGuard;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BallotSweep;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.ElectionId;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;

/**
 * What a reader of the database's pages (pageinspect, a copy of the data files) finds after a
 * shuffle and its sweep: no row version, index entry or leftover byte from the time of the cast.
 */
@ExtendWith(ArquillianExtension.class)
class BallotSweepIT {
  private static final List<String> BALLOT_RELATIONS =
      List.of("ballot", "ballot_pkey", "ballot_tracker_unique");
  private static final List<String> PARTICIPATION_RELATIONS =
      List.of("participation", "participation_pkey");

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("ballot-sweep-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter1;
  @Inject Callers.AsVoter2 voter2;
  @Inject Callers.AsVoter3 voter3;
  @Inject Callers.AsVoter4 voter4;
  @Inject Callers.AsVoter5 voter5;
  @Inject ElectionAdministration elections;
  @Inject BallotBox ballotBox;
  @Inject BallotSweep sweep;
  @Inject SignInGuard signInGuard;
  @Inject Fixtures fixtures;

  private static final String RIPE =
      "select count(*) from ballot_sweep_due where not_before <= now()";

  @Resource(lookup = "jdbc/voting")
  DataSource database;

  @BeforeEach
  void pageinspect() {
    fixtures.sql("create extension if not exists pageinspect");
  }

  @Test
  void afterTheSweepNoPageHoldsAVersionOrIndexEntryFromTheCast() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    castByAllFive(id);
    List<Object[]> cast =
        fixtures.rows(
            "select id, tracker, xmin::text from ballot where election_id = ?1", id.value());
    List<String> castXids =
        new ArrayList<>(
            fixtures
                .rows("select xmin::text from participation where election_id = ?1", id.value())
                .stream()
                .map(r -> (String) r[0])
                .toList());
    cast.forEach(r -> castXids.add((String) r[2]));
    assertEquals(5, cast.size());

    assertEquals(5, fixtures.shuffleAll(id.value()));
    sweepUntilNothingIsDue();

    for (String relation : BALLOT_RELATIONS) {
      for (Object[] ballot : cast) {
        assertEquals(0, inFreeSpace(relation, (String) ballot[0]), "ballot id left in " + relation);
        assertEquals(0, inFreeSpace(relation, (String) ballot[1]), "tracker left in " + relation);
      }
    }
    for (Object[] ballot : cast) {
      assertEquals(1, inPages("ballot", (String) ballot[0]), "copies of a ballot in its pages");
    }
    assertEquals(5, inPages("participation", id.value()), "copies of participations");
    for (String heap : List.of("ballot", "participation")) {
      assertEquals(0, castVersions(heap, castXids), "row versions of the casts in " + heap);
    }
    // The whole relations: the application's clock may meanwhile shuffle another test's open
    // election, whose sweep waits; it is made due and run, and the relations looked at again.
    List<String> leftovers = leftovers();
    for (int i = 0; i < 5 && !leftovers.isEmpty(); i++) {
      fixtures.sql("update ballot_sweep_due set not_before = now()");
      sweepUntilNothingIsDue();
      leftovers = leftovers();
    }
    assertEquals(List.of(), leftovers);
    // The voters' rows were locked by each cast's foreign-key check; the shuffle re-locks them.
    assertEquals(
        0,
        count(
            "select count(*) from voter v join participation p on p.account_id = v.account_id"
                + " where p.election_id = ?1 and v.xmax::text in ("
                + quoted(castXids)
                + ")",
            id.value()));
  }

  @Test
  void afterAClosingTheApplicationsClockSweepsOnItsOwn() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    castByAllFive(id);
    List<String> castXids = ballotXids(id);

    admin.run(() -> elections.closeNow(id)); // shuffles the five in the closing transaction

    for (int i = 0; i < 60 && count(RIPE) > 0; i++) {
      Thread.sleep(1000); // nobody here sweeps: the deployed application's clock must
    }
    assertEquals(0, count(RIPE), "still due after a minute");
    assertEquals(0, castVersions("ballot", castXids));
    assertEquals(0, itemsNotLive("ballot"));
    assertEquals(0, dirtyPages("ballot", 0));
  }

  @Test
  void anOpenElectionsShuffleLeavesItsSweepForLaterAndAClosingsSweepTakesIt() throws Exception {
    fixtures.sql("update ballot_sweep_due set not_before = now()"); // none ripens during the test
    sweepUntilNothingIsDue();
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    voter1.call(() -> cast(id, 0));
    List<String> castXids = ballotXids(id);

    assertEquals(1, fixtures.shuffleBatch(id.value(), 1)); // as the clock does while voting
    long waits =
        count("select extract(epoch from max(not_before) - now())::bigint from ballot_sweep_due");
    assertTrue(waits > 240, "the test domain waits the default 300 s; this one waits " + waits);
    assertEquals(0, sweep.sweepIfDue(), "swept before it was due");
    assertEquals(1, count("select count(*) from ballot_sweep_due"), "no longer recorded");

    admin.run(() -> elections.closeNow(id)); // nothing left to shuffle: nothing made due
    assertEquals(0, sweep.sweepIfDue(), "a closing with nothing to shuffle made a sweep due");
    fixtures.sql("insert into ballot_sweep_due default values"); // a closing's shuffle, as recorded
    sweepUntilNothingIsDue();
    assertEquals(0, count("select count(*) from ballot_sweep_due"), "the waiting one was left");
    assertEquals(0, castVersions("ballot", castXids));
  }

  @Test
  void aSweepThatMustKeepOldVersionsForAnOpenTransactionStaysDue() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    voter1.call(() -> cast(id, 0));
    List<String> castXids = ballotXids(id);
    try (Connection reader = database.getConnection()) {
      reader.setAutoCommit(false);
      reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (Statement snapshot = reader.createStatement()) {
        snapshot.executeQuery("select count(*) from election").close(); // still sees the cast
      }
      assertEquals(1, fixtures.shuffleAll(id.value()));

      assertEquals(0, sweep.sweepIfDue(), "swept although old versions had to stay");
      assertTrue(count("select count(*) from ballot_sweep_due") > 0, "no longer due");
      reader.rollback();
      reader.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED); // as it was lent
      reader.setAutoCommit(true);
    }
    sweepUntilNothingIsDue();
    assertEquals(0, castVersions("ballot", castXids));
  }

  @Test
  void theSweepClearsSignInAndCodeBookkeepingOfThatMoment() throws Exception {
    String email = "sweep-" + UUID.randomUUID() + "@it.example.org";
    String address = "198.51.100." + (int) (Math.random() * 200 + 1);
    assertTrue(signInGuard.admit(email, address).isEmpty());
    signInGuard.succeeded(email, address);
    String mac = UUID.randomUUID().toString().replace("-", "").repeat(2); // a code's MAC, unique
    fixtures.ensureTestVoters();
    fixtures.sql(
        "insert into one_time_code (account_id, code_mac, expires_at, sent_at)"
            + " select account_id, ?1, now(), now() from voter v join account a"
            + " on a.id = v.account_id where a.email = ?2 on conflict (account_id) do update"
            + " set code_mac = excluded.code_mac",
        mac,
        Fixtures.VOTERS.get(2));
    fixtures.sql("delete from one_time_code where code_mac = ?1", mac);
    // Before the sweep the deleted rows' bytes are still in the pages.
    assertTrue(inPages("sign_in_failure", "account:" + email) > 0, "deleted row not in pages");
    assertTrue(inPages("one_time_code", mac) > 0, "deleted code not in pages");

    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    voter1.call(() -> cast(id, 0));
    assertEquals(1, fixtures.shuffleAll(id.value()));
    sweepUntilNothingIsDue();

    assertEquals(0, inPages("sign_in_failure", "account:" + email), "sign-in of " + email);
    assertEquals(0, inPages("one_time_code", mac), "confirmed code");
    for (String table : List.of("sign_in_failure", "one_time_code")) {
      assertEquals(0, itemsNotLive(table), "dead or unused line pointers in " + table);
      assertEquals(0, dirtyPages(table, 0), "old bytes in the free space of " + table);
    }
  }

  @Test
  void castsKeepBeingAcceptedWhileSweepsRun() throws Exception {
    List<ElectionId> open = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      open.add(Elections.openNow(admin, elections, fixtures, "Ada", "Grace"));
    }
    AtomicBoolean casting = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    Future<List<Long>> sweeps =
        pool.submit(
            () -> {
              List<Long> millis = new ArrayList<>();
              while (casting.get() || millis.isEmpty()) {
                fixtures.sql("insert into ballot_sweep_due default values");
                long started = System.nanoTime();
                sweep.sweepIfDue();
                millis.add((System.nanoTime() - started) / 1_000_000);
              }
              return millis;
            });
    List<Future<Long>> casts = new ArrayList<>();
    List<Callers.Caller> voters = List.of(voter1, voter2, voter3, voter4, voter5);
    for (Callers.Caller voter : voters) {
      casts.add(
          pool.submit(
              () -> {
                long slowest = 0;
                for (ElectionId id : open) {
                  long started = System.nanoTime();
                  Receipt receipt = voter.call(() -> cast(id, 1));
                  assertFalse(receipt.tracker().isBlank());
                  slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
                }
                return slowest;
              }));
    }
    List<Long> slowestCasts = new ArrayList<>();
    for (Future<Long> c : casts) {
      slowestCasts.add(c.get());
    }
    casting.set(false);
    List<Long> sweepMillis = sweeps.get();
    pool.shutdown();

    for (ElectionId id : open) {
      assertEquals(5, count("select count(*) from ballot where election_id = ?1", id.value()));
    }
    assertTrue(sweepMillis.size() > 1, "sweeps ran while casting: " + sweepMillis);
    System.out.println(
        "Sweeps during 20 casts: "
            + sweepMillis.size()
            + " sweeps, ms "
            + sweepMillis.stream().map(String::valueOf).collect(Collectors.joining(","))
            + "; slowest cast per voter, ms "
            + slowestCasts);
  }

  private void castByAllFive(ElectionId id) throws Exception {
    int i = 0;
    for (Callers.Caller voter : List.of(voter1, voter2, voter3, voter4, voter5)) {
      int choice = i++ % 2;
      voter.call(() -> cast(id, choice));
    }
  }

  private Receipt cast(ElectionId id, int candidateIndex) throws Exception {
    var election = admin.call(() -> elections.election(id));
    return ballotBox.cast(
        id, fixtures.ballotFor(id.value(), election.candidates().get(candidateIndex).id()));
  }

  /**
   * The clock of the deployed application may be sweeping too; then this waits for it. Open
   * elections of other tests may have shuffles recorded whose sweep is not due yet.
   */
  /** What any sweep should have left no trace of in the ballot tables, by relation. */
  private List<String> leftovers() {
    List<String> found = new ArrayList<>();
    for (String heap : List.of("ballot", "participation")) {
      note(found, itemsNotLive(heap), "dead or unused line pointers in " + heap);
      note(found, dirtyPages(heap, 0), "old bytes in the free space of " + heap);
    }
    for (String index : List.of("ballot_pkey", "ballot_tracker_unique")) {
      note(found, entriesNotLive(index, "ballot"), "entries to old versions in " + index);
      note(found, dirtyPages(index, 4), "old bytes in the free space of " + index);
    }
    note(found, entriesNotLive("participation_pkey", "participation"), "entries in p_pkey");
    note(found, dirtyPages("participation_pkey", 4), "old bytes in participation_pkey");
    return found;
  }

  private static void note(List<String> found, long count, String what) {
    if (count != 0) {
      found.add(what + ": " + count);
    }
  }

  private void sweepUntilNothingIsDue() throws Exception {
    for (int i = 0; i < 60; i++) {
      sweep.sweepIfDue();
      if (count(RIPE) == 0) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("a sweep stayed due for a minute");
  }

  private List<String> ballotXids(ElectionId id) {
    return fixtures
        .rows("select xmin::text from ballot where election_id = ?1", id.value())
        .stream()
        .map(r -> (String) r[0])
        .toList();
  }

  /** Copies of a string's bytes anywhere in a relation's pages. */
  private long inPages(String relation, String text) {
    return count(
        "select coalesce(sum((length(h) - length(replace(h, ?2, ''))) / length(?2)), 0)"
            + " from (select encode(get_raw_page(?1, b::int), 'hex') h"
            + " from generate_series(0, pg_relation_size(?1::regclass) / 8192 - 1) b) pages",
        relation,
        hex(text));
  }

  /** Copies of a string's bytes in the free space (between line pointers and tuples) of pages. */
  private long inFreeSpace(String relation, String text) {
    return count(
        "select count(*) from generate_series(0, pg_relation_size(?1::regclass) / 8192 - 1) b,"
            + " lateral (select get_raw_page(?1, b::int) p) r, lateral page_header(r.p) h"
            + " where h.upper > h.lower"
            + " and position(decode(?2, 'hex') in substring(r.p from h.lower + 1"
            + " for h.upper - h.lower)) > 0",
        relation,
        hex(text));
  }

  /**
   * Pages whose free space holds anything but zeros, past the first {@code slack} bytes (a btree
   * build leaves one stale line pointer of a live item there).
   */
  private long dirtyPages(String relation, int slack) {
    return count(
        "select count(*) from generate_series(0, pg_relation_size(?1::regclass) / 8192 - 1) b,"
            + " lateral (select get_raw_page(?1, b::int) p) r, lateral page_header(r.p) h"
            + " where h.upper > h.lower + ?2"
            + " and substring(r.p from h.lower + ?2 + 1 for h.upper - h.lower - ?2)"
            + " <> decode(repeat('00', h.upper - h.lower - ?2), 'hex')",
        relation,
        slack);
  }

  /** Line pointers that are not normal (dead, unused, redirect). */
  private long itemsNotLive(String heap) {
    return count(
        "select count(*) from generate_series(0, pg_relation_size(?1::regclass) / 8192 - 1) b,"
            + " heap_page_items(get_raw_page(?1, b::int)) i where i.lp_flags <> 1",
        heap);
  }

  /** Heap tuples whose xmin or xmax is one of the casts' transaction ids. */
  private long castVersions(String heap, List<String> xids) {
    return count(
        "select count(*) from generate_series(0, pg_relation_size(?1::regclass) / 8192 - 1) b,"
            + " heap_page_items(get_raw_page(?1, b::int)) i"
            + " where i.t_xmin::text in ("
            + quoted(xids)
            + ") or i.t_xmax::text in ("
            + quoted(xids)
            + ")",
        heap);
  }

  /** Leaf entries of an index that point at no live row of its table (so at an old version). */
  private long entriesNotLive(String index, String table) {
    return count(
        "select count(*) from (select unnest(coalesce(i.tids, array[i.htid])) t"
            + " from generate_series(1, pg_relation_size(?1::regclass) / 8192 - 1) b,"
            + " bt_page_stats(?1, b::int) s, bt_page_items(?1, b::int) i"
            + " where s.btpo_level = 0) e" // leaf pages; a high key has no heap TID
            + " where e.t is not null and not exists (select 1 from "
            + table
            + " x where x.ctid = e.t)",
        index);
  }

  private static String quoted(List<String> values) {
    return values.stream()
        .map(v -> "'" + v.replaceAll("\\D", "") + "'")
        .collect(Collectors.joining(","));
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  private long count(String sql, Object... parameters) {
    return ((Number) fixtures.rows(sql, parameters).get(0)[0]).longValue();
  }
}
