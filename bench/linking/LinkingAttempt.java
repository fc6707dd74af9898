import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A superuser's attempt to pair voters with their ballots from what the database keeps, with
 * pageinspect and pg_waldump. It replays what the application writes for N voters (sign-in
 * bookkeeping, emailed code, confirmation, cast) in a scratch database built from sql/migrations,
 * shuffles with the application's statements, then, after no cleanup, a plain VACUUM or the
 * application's sweep (VACUUM FULL), counts how many pairs each attack gets right. Needs a local
 * superuser connection and read access to the server's pg_wal directory.
 *
 * <p>Run: {@code java -cp postgresql.jar bench/linking/LinkingAttempt.java [voters] [jdbc-base]}
 */
public class LinkingAttempt {
  static final SecureRandom RANDOM = new SecureRandom();
  static final List<String> SWEPT =
      List.of("ballot", "ballot_ciphertext", "participation", "one_time_code", "sign_in_failure");
  static String base = "jdbc:postgresql://127.0.0.1:5432/";
  /** Every ballot column but `shuffled`, as the application's Shuffle carries them over. */
  static final String BALLOT_COLUMNS =
      "id, election_id, tracker, content, short_tracker, receipt, encrypted_by";

  public static void main(String[] args) throws Exception {
    int voters = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    if (args.length > 1) {
      base = args[1];
    }
    System.out.println("voters=" + voters);
    for (String cleanup : List.of("none", "vacuum", "sweep")) {
      run(voters, cleanup);
    }
  }

  static void run(int voters, String cleanup) throws Exception {
    String db = "linking_attempt_" + cleanup;
    try (Connection admin = connect("postgres")) {
      admin.createStatement().execute("drop database if exists " + db);
      admin.createStatement().execute("create database " + db);
    }
    try (Connection c = connect(db)) {
      Statement sql = c.createStatement();
      try (Stream<Path> files = Files.list(Path.of("sql/migrations"))) {
        for (Path f : files.sorted(LinkingAttempt::byVersion).toList()) {
          sql.execute(Files.readString(f));
        }
      }
      sql.execute("create extension pageinspect");
      String election = hex(16);
      sql.execute(
          "insert into election (id, title, ballot_type, opens_at, closes_at, status)"
              + " values ('"
              + election
              + "', 't', 'SINGLE_CHOICE', now() - interval '1 hour', now() + interval '1 hour',"
              + " 'OPEN')");
      List<Long> accounts = new ArrayList<>();
      for (int i = 0; i < voters; i++) {
        ResultSet r =
            sql.executeQuery(
                "insert into account (email, display_name) values ('v"
                    + i
                    + "@example.org', 'v') returning id");
        r.next();
        long id = r.getLong(1);
        accounts.add(id);
        sql.execute("insert into voter (account_id, voter_ref) values (" + id + ", 'R" + i + "')");
        sql.execute("insert into eligibility values ('" + election + "', " + id + ")");
      }
      String startLsn = one(sql, "select pg_current_wal_insert_lsn()");
      Map<String, Long> truth = new HashMap<>(); // ballot id -> account: never shown to attacks
      List<Long> order = new ArrayList<>(accounts);
      Collections.shuffle(order, RANDOM);
      for (long account : order) {
        truth.put(
            vote(c, election, account, "v" + accounts.indexOf(account) + "@example.org"), account);
      }
      c.setAutoCommit(false);
      String shuffleXid = one(sql, "select pg_current_xact_id()::text");
      sql.execute(
          "with moved as (delete from ballot where election_id = '"
              + election
              + "' and not shuffled returning "
              + BALLOT_COLUMNS
              + ") insert into ballot ("
              + BALLOT_COLUMNS
              + ", shuffled) select "
              + BALLOT_COLUMNS
              + ", true from moved order by id");
      sql.execute(
          "with moved as (delete from ballot_ciphertext where election_id = '"
              + election
              + "' and not shuffled returning election_id, a)"
              + " insert into ballot_ciphertext (election_id, a, shuffled)"
              + " select election_id, a, true from moved order by a");
      sql.execute(
          "with moved as (delete from participation where election_id = '"
              + election
              + "' and not shuffled returning election_id, account_id)"
              + " insert into participation (election_id, account_id, shuffled)"
              + " select election_id, account_id, true from moved order by account_id");
      sql.execute("insert into ballot_sweep_due default values");
      c.commit();
      c.setAutoCommit(true);
      long started = System.nanoTime();
      for (String table : SWEPT) {
        if (cleanup.equals("vacuum")) {
          sql.execute("vacuum " + table);
        } else if (cleanup.equals("sweep")) {
          sql.execute("vacuum full " + table);
        }
      }
      long cleanupMillis = (System.nanoTime() - started) / 1_000_000;
      String endLsn = one(sql, "select pg_current_wal_flush_lsn()");

      Map<String, Long> fromPages = fromPages(sql, election, shuffleXid);
      Map<String, Long> fromMoments = fromMoments(sql, election);
      Map<String, Long> fromWal = fromWal(sql, startLsn, endLsn, truth.keySet());
      System.out.printf(
          "cleanup=%-6s (%d ms)  pages: %d paired, %d right | confirmation order: %d right"
              + " | WAL (pg_waldump + segment bytes): %d paired, %d right   of %d%n",
          cleanup,
          cleanupMillis,
          fromPages.size(),
          right(fromPages, truth),
          right(fromMoments, truth),
          fromWal.size(),
          right(fromWal, truth),
          voters);
    }
    try (Connection admin = connect("postgres")) {
      admin.createStatement().execute("drop database " + db);
    }
  }

  /** What the application writes for one voter: sign-in, code, confirmation, cast. */
  static String vote(Connection c, String election, long account, String email)
      throws SQLException {
    Statement sql = c.createStatement();
    String pair = "account:" + email + "|address:192.0.2.7";
    for (String subject : List.of(pair, "account:" + email, "address:192.0.2.7")) {
      sql.execute(
          "insert into sign_in_failure (subject, failures, last_failure) values ('"
              + subject
              + "', 0, now()) on conflict do nothing");
      sql.execute(
          "update sign_in_failure set failures = failures + 1, last_failure = now()"
              + " where subject = '"
              + subject
              + "'");
    }
    sql.execute(
        "delete from sign_in_failure where subject in ('" + pair + "', 'account:" + email + "')");
    sql.execute(
        "update sign_in_failure set failures = greatest(0, failures - 1)"
            + " where subject = 'address:192.0.2.7'");
    sql.execute(
        "insert into one_time_code (account_id, code_mac, expires_at, sent_at) values ("
            + account
            + ", '', now(), now() - interval '1 day') on conflict do nothing");
    sql.execute(
        "update one_time_code set code_mac = '"
            + hex(32)
            + "', sent_at = now(), expires_at = now() + interval '10 minutes'"
            + " where account_id = "
            + account);
    c.setAutoCommit(false);
    sql.execute(
        "update voter set verified_at = now(), verification_method = 'email-code'"
            + " where account_id = "
            + account);
    sql.execute("delete from one_time_code where account_id = " + account);
    c.commit();
    String ballot = hex(16);
    sql.execute("select pg_advisory_xact_lock_shared(hashtext('ballots:" + election + "'))");
    sql.execute(
        "insert into participation (election_id, account_id) values ('"
            + election
            + "', "
            + account
            + ")");
    // As BallotIntake writes a two-candidate ballot: one ciphertext row per candidate, then the
    // ballot (its JSON about 900 characters; random hex of that length stands in for it).
    for (int i = 0; i < 2; i++) {
      sql.execute(
          "insert into ballot_ciphertext (election_id, a) values ('"
              + election
              + "', '02"
              + hex(32)
              + "')");
    }
    PreparedStatement insert =
        c.prepareStatement(
            "insert into ballot (id, election_id, tracker, content, short_tracker, receipt,"
                + " encrypted_by) values (?, ?, ?, ?, ?, ?, 'voter')");
    insert.setString(1, ballot);
    insert.setString(2, election);
    insert.setString(3, hex(32));
    insert.setString(4, hex(450));
    insert.setString(5, hex(8).substring(0, 15));
    insert.setString(6, hex(64));
    insert.execute();
    c.commit();
    c.setAutoCommit(true);
    return ballot;
  }

  /**
   * Every copy of a row in the pages, live, dead or left in free space: a participation's and a
   * ballot's cast transaction id, read from the tuple header in front of their bytes.
   */
  static Map<String, Long> fromPages(Statement sql, String election, String shuffleXid)
      throws SQLException {
    byte[] participation = pages(sql, "participation");
    byte[] ballots = pages(sql, "ballot");
    Map<Long, Long> accountByXid = new HashMap<>();
    byte[] key = election.getBytes(StandardCharsets.US_ASCII);
    for (int p : occurrences(participation, key)) {
      int tuple = p - 25; // 24-byte header, 1-byte varlena header
      long xid = le(participation, tuple, 4);
      if (tuple >= 0 && !String.valueOf(xid).equals(shuffleXid)) {
        accountByXid.put(xid, le(participation, tuple + 64, 8));
      }
    }
    Map<String, Long> pairs = new HashMap<>();
    for (String id : strings(sql, "select id from ballot")) {
      for (int p : occurrences(ballots, id.getBytes(StandardCharsets.US_ASCII))) {
        Long account = accountByXid.get(le(ballots, p - 25, 4));
        if (account != null) {
          pairs.put(id, account);
        }
      }
    }
    return pairs;
  }

  /** Pairs the voters in order of confirmation with the ballots in the order they are stored. */
  static Map<String, Long> fromMoments(Statement sql, String election) throws SQLException {
    List<String> voters =
        strings(
            sql,
            "select v.account_id from voter v join participation p using (account_id)"
                + " where p.election_id = '"
                + election
                + "' order by v.verified_at, v.xmin::text::bigint");
    List<String> ballots = strings(sql, "select id from ballot order by ctid");
    Map<String, Long> pairs = new HashMap<>();
    for (int i = 0; i < Math.min(voters.size(), ballots.size()); i++) {
      pairs.put(ballots.get(i), Long.parseLong(voters.get(i)));
    }
    return pairs;
  }

  /**
   * From WAL: the first copy of a ballot's id lies in its cast's insert record; pg_waldump gives
   * that record's transaction, and the same transaction's foreign-key lock on a voter row names the
   * voter (by the row's position, which the live voter table still shows).
   */
  static Map<String, Long> fromWal(
      Statement sql, String startLsn, String endLsn, Iterable<String> ballotIds) throws Exception {
    String dataDir = one(sql, "show data_directory");
    String voterRel = one(sql, "select pg_relation_filenode('voter')::text");
    Map<String, Long> voterAt = new HashMap<>();
    try (ResultSet r = sql.executeQuery("select ctid::text, account_id from voter")) {
      while (r.next()) {
        voterAt.put(r.getString(1), r.getLong(2));
      }
    }
    Pattern record =
        Pattern.compile(
            "rmgr: (\\w+)\\s+len \\(rec/tot\\):\\s*\\d+/\\s*\\d+, tx:\\s*(\\d+), lsn:"
                + " ([0-9A-F]+)/([0-9A-F]+),.*desc: (\\w+) (.*)");
    Pattern lock = Pattern.compile("off (\\d+):.*rel \\d+/\\d+/(\\d+) blk (\\d+)");
    TreeMap<Long, String> txAtLsn = new TreeMap<>();
    Map<String, String> lockedVoterByTx = new HashMap<>();
    Process dump =
        new ProcessBuilder(
                "/usr/lib/postgresql/15/bin/pg_waldump",
                "--path=" + dataDir + "/pg_wal",
                "--start=" + startLsn,
                "--end=" + endLsn)
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(dump.getInputStream()))) {
      for (String line; (line = out.readLine()) != null; ) {
        Matcher m = record.matcher(line);
        if (!m.find()) {
          continue;
        }
        long lsn = (Long.parseLong(m.group(3), 16) << 32) | Long.parseLong(m.group(4), 16);
        txAtLsn.put(lsn, m.group(2));
        Matcher l = lock.matcher(m.group(6));
        if (m.group(1).equals("Heap")
            && m.group(5).equals("LOCK")
            && l.find()
            && l.group(2).equals(voterRel)) {
          lockedVoterByTx.put(m.group(2), "(" + l.group(3) + "," + l.group(1) + ")");
        }
      }
    }
    dump.waitFor();
    long start = lsn(startLsn);
    byte[] wal = walBytes(dataDir, start, lsn(endLsn));
    Map<String, Long> pairs = new HashMap<>();
    for (String id : ballotIds) {
      List<Integer> at = occurrences(wal, id.getBytes(StandardCharsets.US_ASCII));
      if (at.isEmpty()) {
        continue;
      }
      var rec = txAtLsn.floorEntry(start + at.get(0));
      String voter = rec == null ? null : lockedVoterByTx.get(rec.getValue());
      if (voter != null && voterAt.containsKey(voter)) {
        pairs.put(id, voterAt.get(voter));
      }
    }
    return pairs;
  }

  static byte[] walBytes(String dataDir, long from, long to) throws Exception {
    long segment = 16L * 1024 * 1024;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long seg = from / segment; seg <= to / segment; seg++) {
      String name = String.format("%08X%08X%08X", 1, seg / 256, seg % 256);
      byte[] file = Files.readAllBytes(Path.of(dataDir, "pg_wal", name));
      int begin = seg == from / segment ? (int) (from % segment) : 0;
      int end = seg == to / segment ? (int) (to % segment) : file.length;
      out.write(file, begin, end - begin);
    }
    return out.toByteArray();
  }

  static byte[] pages(Statement sql, String relation) throws SQLException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (ResultSet r =
        sql.executeQuery(
            "select get_raw_page('"
                + relation
                + "', b::int) from generate_series(0, pg_relation_size('"
                + relation
                + "') / 8192 - 1) b order by b")) {
      while (r.next()) {
        all.writeBytes(r.getBytes(1));
      }
    }
    return all.toByteArray();
  }

  static List<Integer> occurrences(byte[] haystack, byte[] needle) {
    List<Integer> found = new ArrayList<>();
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      found.add(i);
    }
    return found;
  }

  static long le(byte[] b, int at, int length) {
    long v = 0;
    for (int i = length - 1; i >= 0; i--) {
      v = (v << 8) | (at + i >= 0 && at + i < b.length ? b[at + i] & 0xff : 0);
    }
    return v;
  }

  static long right(Map<String, Long> pairs, Map<String, Long> truth) {
    return pairs.entrySet().stream()
        .filter(e -> e.getValue().equals(truth.get(e.getKey())))
        .count();
  }

  static long lsn(String text) {
    String[] parts = text.split("/");
    return (Long.parseLong(parts[0], 16) << 32) | Long.parseLong(parts[1], 16);
  }

  static List<String> strings(Statement sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet r = sql.executeQuery(query)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  static String one(Statement sql, String query) throws SQLException {
    return strings(sql, query).get(0);
  }

  static Connection connect(String db) throws SQLException {
    return DriverManager.getConnection(base + db, "postgres", "");
  }

  static int byVersion(Path a, Path b) {
    return Integer.compare(version(a), version(b));
  }

  static int version(Path p) {
    String name = p.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  static String hex(int n) {
    return HexFormat.of().formatHex(bytes(n));
  }
}
