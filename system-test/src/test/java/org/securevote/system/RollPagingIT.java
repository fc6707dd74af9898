package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With a roll of 100,000 voters, the election page and the voters page show one page of 50 at a
 * time, with the count, links to the next and previous pages and a search. Page times are printed,
 * not asserted.
 */
class RollPagingIT {
  private static final int VOTERS = 100_000;
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final WebSession admin = new WebSession();
  private static String election;

  @BeforeAll
  static void aRollOfAHundredThousand() throws SQLException {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    election = AdminPages.draftElection(admin);
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "")) {
      run(
          db,
          "insert into account (email, display_name) select 'roll-' || ? || '-' || lpad(n::text, 6,"
              + " '0') || '@example.org', 'Roll voter ' || n from generate_series(1, ?) n",
          TAG,
          VOTERS);
      run(
          db,
          "insert into account_role (account_id, role) select id, 'VOTER' from account"
              + " where email like 'roll-' || ? || '-%'",
          TAG);
      run(
          db,
          "insert into voter (account_id, voter_ref) select id, 'RP' || ? || '-' ||"
              + " substring(email from 15 for 6) from account where email like 'roll-' || ? || '-%'",
          TAG,
          TAG);
      run(
          db,
          "insert into eligibility (election_id, account_id) select ?, account_id from voter"
              + " where voter_ref like 'RP' || ? || '-%'",
          election,
          TAG);
      run(db, "analyze account, voter, eligibility");
    }
  }

  @Test
  void theElectionPageShowsTheRollAPageAtATime() {
    String page = "/admin/election.xhtml?id=" + election;
    measure("election page", page);

    Document first = Jsoup.parse(admin.get(page).body());
    assertEquals("100,000", first.getElementById("rollSize").text());
    assertTrue(first.getElementById("rollCount").text().startsWith("50 shown of 100,000"));
    assertEquals(refs(1, 50), refs(first, "roll\\:voters"));

    Document second = open(first, "rollNext");
    assertEquals(refs(51, 100), refs(second, "roll\\:voters"));
    Document third = open(second, "rollNext");
    assertEquals(refs(101, 150), refs(third, "roll\\:voters"));
    assertEquals(refs(51, 100), refs(open(third, "rollPrevious"), "roll\\:voters"));
    assertEquals(refs(1, 50), refs(open(third, "rollFirst"), "roll\\:voters"));
    assertEquals(null, first.getElementById("rollPrevious"), "no page before the first");
  }

  @Test
  void theLastPageHasNoNextLink() {
    String after = "RP" + TAG + "-099979";
    Document last =
        Jsoup.parse(admin.get("/admin/election.xhtml?id=" + election + "&after=" + after).body());
    assertEquals(refs(99_980, 100_000), refs(last, "roll\\:voters"));
    assertEquals(null, last.getElementById("rollNext"));
    assertNotNull(last.getElementById("rollPrevious"));
  }

  @Test
  void theRollCanBeSearched() {
    Document found =
        Jsoup.parse(
            admin.get("/admin/election.xhtml?id=" + election + "&q=rp" + TAG + "-001234").body());
    assertEquals(refs(1234, 1234), refs(found, "roll\\:voters"));
    assertTrue(found.getElementById("rollCount").text().startsWith("1 shown of 1 matching"));

    Document byName =
        Jsoup.parse(
            admin.get("/admin/election.xhtml?id=" + election + "&q=Roll+voter+9999").body());
    assertTrue(refs(byName, "roll\\:voters").contains("RP" + TAG + "-009999"));

    Document wildcard =
        Jsoup.parse(admin.get("/admin/election.xhtml?id=" + election + "&q=%25").body());
    assertTrue(refs(wildcard, "roll\\:voters").isEmpty(), "% is a character, not a wildcard");
  }

  @Test
  void theVotersPageShowsAPageAtATime() {
    measure("voters page", "/admin/voters.xhtml");
    Document first = Jsoup.parse(admin.get("/admin/voters.xhtml").body());
    List<String> firstRefs = refs(first, "list\\:voters");
    assertEquals(50, firstRefs.size());
    long total = Long.parseLong(first.getElementById("votersTotal").text().replace(",", ""));
    assertTrue(total >= VOTERS, "total " + total);
    Document second = open(first, "votersNext");
    List<String> secondRefs = refs(second, "list\\:voters");
    assertEquals(50, secondRefs.size());
    assertTrue(secondRefs.stream().noneMatch(firstRefs::contains), "pages do not overlap");
    Document found = Jsoup.parse(admin.get("/admin/voters.xhtml?q=RP" + TAG + "-077777").body());
    assertEquals(refs(77_777, 77_777), refs(found, "list\\:voters"));
  }

  /** Prints the median of five loads of a page (after one to warm up). */
  private static void measure(String name, String path) {
    admin.get(path);
    long[] millis = new long[5];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = admin.get(path);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      assertEquals(200, answer.statusCode());
    }
    Arrays.sort(millis);
    System.out.printf(
        "RollPagingIT: %s with a roll of %,d voters: median %d ms (runs %s)%n",
        name, VOTERS, millis[2], Arrays.toString(millis));
  }

  private static Document open(Document page, String linkId) {
    Element link = page.getElementById(linkId);
    assertNotNull(link, "no link " + linkId);
    return Jsoup.parse(
        admin.get(URI.create(Deployed.url("/").resolve(link.attr("href")).toString())).body());
  }

  private static List<String> refs(Document page, String tableId) {
    return page.select("#" + tableId + " tbody tr").stream()
        .map(tr -> tr.selectFirst("td").text())
        .toList();
  }

  private static List<String> refs(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to)
        .mapToObj(n -> "RP" + TAG + "-" + String.format("%06d", n))
        .toList();
  }

  private static void run(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.execute();
    }
  }
}
