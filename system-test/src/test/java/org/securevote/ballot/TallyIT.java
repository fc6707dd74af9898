package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.Decryptions;
import org.securevote.ballot.boundary.ResultSheet;
import org.securevote.ballot.boundary.ResultsNotAvailable;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.it.Callers;
import org.securevote.it.Ceremonies;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.it.Tallies;
import org.securevote.tools.crypto.Tracker;
import org.securevote.trustee.control.PublishedKeys;

/**
 * Closing adds up the encrypted ballots; the trustees' decryption of the totals gives the counts.
 * Stored ballots that are not encrypted ballots of the election are reported, never counted.
 */
@ExtendWith(ArquillianExtension.class)
class TallyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("tally-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsTrustee1 trustee1;
  @Inject ElectionAdministration elections;
  @Inject BulletinBoard board;
  @Inject Fixtures fixtures;
  @Inject Ceremonies ceremonies;
  @Inject Decryptions decryptions;
  @Inject PublishedKeys keys;

  private Tallies.Keyed open(String... candidates) throws Exception {
    return Tallies.open(admin, elections, fixtures, ceremonies, 1, 1, candidates);
  }

  private void closeAndDecrypt(Tallies.Keyed run) throws Exception {
    admin.run(() -> elections.closeNow(run.id()));
    Tallies.decrypt(run, decryptions, keys, List.of(1), List.of(trustee1));
  }

  @Test
  void tallyOfSeveralHundredRandomBallotsMatchesWhatWasCast() throws Exception {
    Tallies.Keyed run = open("Ada", "Grace", "Barbara", "Frances");
    Random random = new Random(20261125);
    List<Integer> choices = new ArrayList<>();
    int[] expected = new int[4];
    for (int i = 0; i < 600; i++) { // more than one page of the tally's stream
      int choice = random.nextInt(4);
      choices.add(choice);
      expected[choice]++;
    }
    fixtures.castEncrypted(run.id().value(), choices);

    closeAndDecrypt(run);
    ResultSheet results = admin.call(() -> board.results(run.id()));

    assertEquals(600, results.counted());
    assertEquals(0, results.rejected());
    List<String> names = List.of("Ada", "Grace", "Barbara", "Frances");
    for (int i = 0; i < 4; i++) {
      ResultSheet.Line line = results.lines().get(i);
      assertEquals(names.get(i), line.candidate());
      assertEquals(expected[i], line.votes(), line.candidate());
      assertEquals(100.0 * expected[i] / 600, line.percent(), 1e-9);
    }
    assertTrue(results.tallyDigest().matches("[0-9a-f]{64}"), results.tallyDigest());
  }

  @Test
  void aBallotAlteredInTheDatabaseIsReportedAndNotCounted() throws Exception {
    Tallies.Keyed run = open("Ada", "Grace");
    fixtures.castEncrypted(run.id().value(), List.of(0, 0, 1));
    for (String voter : Fixtures.VOTERS.subList(0, 3)) {
      fixtures.participate(run.id().value(), voter);
    }
    String altered =
        (String)
            fixtures.rows(
                    "select id from ballot where election_id = ?1 order by id limit 1",
                    run.id().value())
                .get(0)[0];
    // A database intruder cuts one ballot's JSON short.
    fixtures.sql("update ballot set content = left(content, 40) where id = ?1", altered);

    closeAndDecrypt(run);
    ResultSheet results = admin.call(() -> board.results(run.id()));

    assertEquals(2, results.counted());
    assertEquals(1, results.rejected());
    assertEquals(List.of(altered), results.rejectedBallotIds());
    assertTrue(results.ballotsMatchVoters(), "three voters, three stored ballots");
    assertEquals(2, results.lines().stream().mapToInt(ResultSheet.Line::votes).sum());
  }

  @Test
  void aBallotDeletedFromTheDatabaseShowsAsAMismatchWithTheVoters() throws Exception {
    Tallies.Keyed run = open("Ada", "Grace");
    fixtures.castEncrypted(run.id().value(), List.of(0, 1));
    fixtures.participate(run.id().value(), Fixtures.VOTERS.get(0));
    fixtures.participate(run.id().value(), Fixtures.VOTERS.get(1));
    fixtures.sql(
        "delete from ballot where id = (select min(id) from ballot where election_id = ?1)",
        run.id().value());

    closeAndDecrypt(run);
    ResultSheet results = admin.call(() -> board.results(run.id()));

    assertEquals(1, results.counted());
    assertEquals(2, results.participations());
    assertFalse(results.ballotsMatchVoters());
  }

  @Test
  void resultsAreNotPublicBeforePublicationAndAreAfterwards() throws Exception {
    Tallies.Keyed run = open("Ada", "Grace");
    fixtures.castEncrypted(run.id().value(), List.of(1));
    assertThrows(
        ResultsNotAvailable.class, () -> board.results(run.id()), "open: nobody sees results");

    admin.run(() -> elections.closeNow(run.id()));
    assertThrows(
        ResultsNotAvailable.class,
        () -> admin.call(() -> board.results(run.id())),
        "awaiting trustees: not even admins");
    Tallies.decrypt(run, decryptions, keys, List.of(1), List.of(trustee1));
    assertThrows(ResultsNotAvailable.class, () -> board.results(run.id()), "not yet public");
    assertEquals(1, admin.call(() -> board.results(run.id())).counted(), "admins see them");

    admin.run(() -> elections.publish(run.id()));
    ResultSheet published = board.results(run.id());
    assertEquals(1, published.lines().get(1).votes());
    assertEquals(List.of(), published.rejectedBallotIds());
  }

  @Test
  void everyCountedBallotsTrackerIsOnTheBulletinBoardAfterClosing() throws Exception {
    Tallies.Keyed run = open("Ada", "Grace");
    String tracker = fixtures.castEncrypted(run.id().value(), List.of(0)).get(0);

    admin.run(() -> elections.closeNow(run.id()));

    assertEquals(List.of(Tracker.shortForm(tracker)), board.trackers(run.id()));
  }

  @Test
  void shufflesSumWhatTheyMoveAndTheCloseAddsTheRestToTheSameCounts() throws Exception {
    Tallies.Keyed run = open("Ada", "Grace", "Barbara");
    String id = run.id().value();
    fixtures.castEncrypted(id, List.of(0, 1, 1, 2, 2, 2));
    assertEquals(6, fixtures.shuffleBatch(id, 1)); // as the clock does while voting is open
    fixtures.castEncrypted(id, List.of(0, 0, 1, 2));
    assertEquals(4, fixtures.shuffleBatch(id, 1));
    assertEquals(
        10L, count("select counted from tally_running where election_id = ?1", id), "summed");
    assertEquals(
        0L, count("select count(*) from ballot where election_id = ?1 and not summed", id));
    fixtures.castEncrypted(id, List.of(1)); // left for the close's own shuffle

    closeAndDecrypt(run);
    ResultSheet results = admin.call(() -> board.results(run.id()));

    assertEquals(11, results.counted());
    assertEquals(List.of(3, 4, 4), results.lines().stream().map(ResultSheet.Line::votes).toList());
    assertEquals(List.of(), discarded(id), "the running sum was used");
  }

  @Test
  void aSummedBallotAlteredInTheDatabaseIsStillReportedAndNotCounted() throws Exception {
    Tallies.Keyed run = twoForAdaOneForGraceSummed();
    String id = run.id().value();
    String altered =
        (String)
            fixtures.rows("select id from ballot where election_id = ?1 order by id limit 1", id)
                .get(0)[0];
    fixtures.sql("update ballot set content = left(content, 40) where id = ?1", altered);

    closeAndDecrypt(run); // the running sum no longer matches the ballots: all are added afresh
    ResultSheet results = admin.call(() -> board.results(run.id()));

    assertEquals(2, results.counted());
    assertEquals(List.of(altered), results.rejectedBallotIds());
    assertEquals(2, results.lines().stream().mapToInt(ResultSheet.Line::votes).sum());
    assertEquals(
        List.of("summed ballots changed since their shuffle; every ballot added up afresh"),
        discarded(id));
  }

  @Test
  void aRunningSumChangedInTheDatabaseIsNotUsed() throws Exception {
    Tallies.Keyed run = twoForAdaOneForGraceSummed();
    String id = run.id().value();
    // An intruder swaps the two candidates' sums.
    fixtures.sql(
        "update tally_running set a = split_part(a, ',', 2) || ',' || split_part(a, ',', 1),"
            + " b = split_part(b, ',', 2) || ',' || split_part(b, ',', 1) where election_id = ?1",
        id);

    closeAndDecrypt(run);
    ResultSheet results = admin.call(() -> board.results(run.id()));

    assertEquals(3, results.counted());
    assertEquals(List.of(2, 1), results.lines().stream().map(ResultSheet.Line::votes).toList());
    assertEquals(List.of("its row is not sealed; every ballot added up afresh"), discarded(id));
  }

  /** What the trail says of the election's running sums set aside at its close. */
  private List<Object> discarded(String electionId) {
    return fixtures
        .rows(
            "select detail from audit_entry where action = 'tally.running.discarded'"
                + " and subject = ?1 order by seq",
            "election:" + electionId)
        .stream()
        .map(row -> row[0])
        .toList();
  }

  /** An open election with three ballots, shuffled and summed as the clock does while voting. */
  private Tallies.Keyed twoForAdaOneForGraceSummed() throws Exception {
    Tallies.Keyed run = open("Ada", "Grace");
    fixtures.castEncrypted(run.id().value(), List.of(0, 0, 1));
    assertEquals(3, fixtures.shuffleBatch(run.id().value(), 1));
    return run;
  }

  private long count(String sql, String electionId) {
    return ((Number) fixtures.rows(sql, electionId).get(0)[0]).longValue();
  }
}
