package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.ResultSheet;
import org.securevote.ballot.boundary.ResultsNotAvailable;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.ElectionSummary;
import org.securevote.election.entity.ElectionId;
import org.securevote.it.Callers;
import org.securevote.it.Deployments;
import org.securevote.it.Elections;
import org.securevote.it.Fixtures;

/** Closing counts the ballots; altered ballots are reported, never counted. */
@ExtendWith(ArquillianExtension.class)
class TallyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("tally-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsVoter1 voter1;
  @Inject Callers.AsVoter2 voter2;
  @Inject Callers.AsVoter3 voter3;
  @Inject ElectionAdministration elections;
  @Inject BallotBox ballotBox;
  @Inject BulletinBoard board;
  @Inject Fixtures fixtures;

  @Test
  void tallyOfSeveralHundredRandomBallotsMatchesWhatWasCast() throws Exception {
    ElectionId id =
        Elections.openNow(admin, elections, fixtures, "Ada", "Grace", "Barbara", "Frances");
    List<String> candidates = candidateIds(id);
    Random random = new Random(20261125);
    List<String> choices = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      choices.add(candidates.get(random.nextInt(candidates.size())));
    }
    fixtures.castWithoutVoters(id.value(), choices);
    Map<String, Long> expected =
        choices.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    admin.run(() -> elections.closeNow(id));
    ResultSheet results = admin.call(() -> board.results(id));

    assertEquals(400, results.counted());
    assertEquals(0, results.rejected());
    List<String> names =
        admin.call(() -> elections.election(id)).candidates().stream()
            .map(ElectionSummary.CandidateSummary::name)
            .toList();
    for (int i = 0; i < candidates.size(); i++) {
      long votes = expected.getOrDefault(candidates.get(i), 0L);
      ResultSheet.Line line = results.lines().get(i);
      assertEquals(names.get(i), line.candidate());
      assertEquals(votes, line.votes(), line.candidate());
      assertEquals(100.0 * votes / 400, line.percent(), 1e-9);
    }
    assertTrue(results.tallyDigest().matches("[0-9a-f]{64}"), results.tallyDigest());
  }

  @Test
  void aBallotAlteredInTheDatabaseIsReportedAndNotCounted() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    List<String> candidates = candidateIds(id);
    voter1.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidates.get(0))));
    voter2.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidates.get(0))));
    voter3.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidates.get(1))));
    String altered =
        (String)
            fixtures.rows(
                    "select id from ballot where election_id = ?1 order by id limit 1", id.value())
                .get(0)[0];
    // A database intruder flips one bit of the sealed choice.
    fixtures.sql(
        "update ballot set sealed = set_byte(sealed, 20, (get_byte(sealed, 20) + 1) % 256)"
            + " where id = ?1",
        altered);

    admin.run(() -> elections.closeNow(id));
    ResultSheet results = admin.call(() -> board.results(id));

    assertEquals(2, results.counted());
    assertEquals(1, results.rejected());
    assertEquals(List.of(altered), results.rejectedBallotIds());
    assertTrue(results.ballotsMatchVoters(), "three voters, three stored ballots");
    assertEquals(2, results.lines().stream().mapToInt(ResultSheet.Line::votes).sum());
  }

  @Test
  void aBallotDeletedFromTheDatabaseShowsAsAMismatchWithTheVoters() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    List<String> candidates = candidateIds(id);
    voter1.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidates.get(0))));
    voter2.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidates.get(1))));
    fixtures.sql(
        "delete from ballot where id = (select min(id) from ballot where election_id = ?1)",
        id.value());

    admin.run(() -> elections.closeNow(id));
    ResultSheet results = admin.call(() -> board.results(id));

    assertEquals(1, results.counted());
    assertEquals(2, results.participations());
    assertFalse(results.ballotsMatchVoters());
  }

  @Test
  void resultsAreNotPublicBeforePublicationAndAreAfterwards() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    voter1.call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidateIds(id).get(1))));
    assertThrows(ResultsNotAvailable.class, () -> board.results(id), "open: nobody sees results");

    admin.run(() -> elections.closeNow(id));
    assertThrows(ResultsNotAvailable.class, () -> board.results(id), "closed: not yet public");
    assertEquals(1, admin.call(() -> board.results(id)).counted(), "closed: admins see them");

    admin.run(() -> elections.publish(id));
    ResultSheet published = board.results(id);
    assertEquals(1, published.lines().get(1).votes());
    assertEquals(List.of(), published.rejectedBallotIds());
  }

  @Test
  void everyCountedBallotsTrackerIsOnTheBulletinBoardAfterClosing() throws Exception {
    ElectionId id = Elections.openNow(admin, elections, fixtures, "Ada", "Grace");
    String tracker =
        voter1
            .call(() -> ballotBox.cast(id, fixtures.ballotFor(id.value(), candidateIds(id).get(0))))
            .shortTracker();

    admin.run(() -> elections.closeNow(id));

    assertTrue(board.posted(id, tracker.toLowerCase()));
    assertEquals(List.of(tracker), board.trackers(id));
  }

  private List<String> candidateIds(ElectionId id) throws Exception {
    return admin.call(() -> elections.election(id)).candidates().stream()
        .map(ElectionSummary.CandidateSummary::id)
        .toList();
  }
}
