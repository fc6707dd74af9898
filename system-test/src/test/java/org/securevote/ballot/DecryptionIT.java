package org.securevote.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.DecryptionRefused;
import org.securevote.ballot.boundary.DecryptionState;
import org.securevote.ballot.boundary.Decryptions;
import org.securevote.ballot.boundary.ElectionRecords;
import org.securevote.ballot.boundary.PostedBallot;
import org.securevote.ballot.boundary.RecordHead;
import org.securevote.ballot.boundary.ResultSheet;
import org.securevote.ballot.boundary.ResultsNotAvailable;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionRuleViolation;
import org.securevote.it.Callers;
import org.securevote.it.Ceremonies;
import org.securevote.it.Deployments;
import org.securevote.it.Fixtures;
import org.securevote.it.Tallies;
import org.securevote.it.TrusteeWork;
import org.securevote.platform.Refusal;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.Group;
import org.securevote.trustee.control.PublishedKeys;

/**
 * Closing adds up encrypted ballots; k trustees' checked partial decryptions give the results,
 * fewer give nothing, and every file that does not check is refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class DecryptionIT {
  private static final List<String> CANDIDATES = List.of("Ada", "Grace");

  @Deployment
  static WebArchive deployment() {
    return Deployments.business("decryption-it");
  }

  @Inject Callers.AsAdmin admin;
  @Inject Callers.AsTrustee1 trustee1;
  @Inject Callers.AsTrustee2 trustee2;
  @Inject Callers.AsTrustee3 trustee3;
  @Inject ElectionAdministration elections;
  @Inject Decryptions decryptions;
  @Inject ElectionRecords records;
  @Inject BulletinBoard board;
  @Inject Fixtures fixtures;
  @Inject Ceremonies ceremonies;
  @Inject PublishedKeys keys;

  /** An open election with a k-of-n key whose trustee seats 1..n the trustee callers hold. */
  private record Run(ElectionId id, List<BigInteger> shares, ElectionKey key) {}

  private Run open(int k, int n) throws Exception {
    Tallies.Keyed run =
        Tallies.open(
            admin, elections, fixtures, ceremonies, k, n, CANDIDATES.toArray(String[]::new));
    return new Run(run.id(), run.shares(), keys.of(run.id().value()).orElseThrow().key());
  }

  private List<String> ballotsAs(Callers.Caller trustee, ElectionId id) throws Exception {
    return Tallies.ballots(trustee, decryptions, id);
  }

  private String partialsOf(Run run, int trustee, List<String> ballots) {
    return TrusteeWork.partials(
        run.key(),
        trustee,
        run.shares().get(trustee - 1),
        CANDIDATES,
        TrusteeWork.sums(ballots, CANDIDATES.size()));
  }

  private long storedPartials(ElectionId id) {
    return ((Number)
            fixtures.rows(
                    "select count(*) from partial_decryption where election_id = ?1", id.value())
                .get(0)[0])
        .longValue();
  }

  @Test
  void twoOfThreeTrusteesDecryptTheSumsOfTheBallotsAndOneAloneDecryptsNothing() throws Exception {
    Run run = open(2, 3);
    fixtures.castEncrypted(run.id().value(), List.of(0, 1, 0, 0, 1));
    admin.run(() -> elections.closeNow(run.id()));

    List<String> ballots = ballotsAs(trustee1, run.id());
    assertEquals(5, ballots.size());
    List<Ciphertext> sums = TrusteeWork.sums(ballots, 2);
    List<Object[]> totals =
        fixtures.rows(
            "select t.a, t.b from encrypted_total t join candidate c on c.id = t.candidate_id"
                + " where t.election_id = ?1 order by c.display_order",
            run.id().value());
    assertEquals(2, totals.size());
    for (int i = 0; i < 2; i++) {
      assertEquals(Group.pointHex(sums.get(i).a()), totals.get(i)[0], "A of candidate " + i);
      assertEquals(Group.pointHex(sums.get(i).b()), totals.get(i)[1], "B of candidate " + i);
    }
    assertEquals("awaiting trustees", admin.call(() -> elections.election(run.id())).stage());
    assertThrows(ResultsNotAvailable.class, () -> admin.call(() -> board.results(run.id())));
    assertThrows(ElectionRuleViolation.class, () -> admin.run(() -> elections.publish(run.id())));

    DecryptionState one =
        trustee1.call(() -> decryptions.submit(run.id(), partialsOf(run, 1, ballots)));
    assertEquals(List.of(1), one.decryptedBy());
    assertFalse(one.decrypted(), "one of two trustees decrypts nothing");
    assertThrows(ResultsNotAvailable.class, () -> admin.call(() -> board.results(run.id())));
    assertEquals(
        0L,
        ((Number)
                fixtures.rows(
                        "select count(*) from result where election_id = ?1", run.id().value())
                    .get(0)[0])
            .longValue());

    DecryptionState two =
        trustee3.call(() -> decryptions.submit(run.id(), partialsOf(run, 3, ballots)));
    assertTrue(two.decrypted());
    assertEquals(List.of(1, 3), two.decryptedBy());
    ResultSheet results = admin.call(() -> board.results(run.id()));
    assertEquals(3, results.lines().get(0).votes());
    assertEquals(2, results.lines().get(1).votes());
    assertEquals(5, results.counted());
    assertTrue(results.tallyDigest().matches("[0-9a-f]{64}"));
    assertEquals("closed", admin.call(() -> elections.election(run.id())).stage());

    DecryptionRefused late =
        assertThrows(
            DecryptionRefused.class,
            () -> trustee2.call(() -> decryptions.submit(run.id(), partialsOf(run, 2, ballots))));
    assertEquals(Refusal.Kind.CONFLICT, late.kind());
    assertEquals(2, storedPartials(run.id()));
    admin.run(() -> elections.publish(run.id()));
    assertEquals(3, board.results(run.id()).lines().get(0).votes());
  }

  @Test
  void partialDecryptionsThatDoNotCheckAreRefusedAndNothingIsStored() throws Exception {
    Run run = open(2, 3);
    Run other = open(2, 3);
    fixtures.castEncrypted(run.id().value(), List.of(0, 1, 1));
    fixtures.castEncrypted(other.id().value(), List.of(0));
    DecryptionRefused early =
        assertThrows(
            DecryptionRefused.class, () -> trustee1.call(() -> decryptions.submit(run.id(), "{}")));
    assertEquals(Refusal.Kind.CONFLICT, early.kind(), "before closing");
    admin.run(() -> elections.closeNow(run.id()));
    admin.run(() -> elections.closeNow(other.id()));
    List<String> ballots = ballotsAs(trustee1, run.id());
    String valid = partialsOf(run, 1, ballots);

    assertInvalid(trustee1, run.id(), "not json", "not one JSON object");
    assertInvalid(trustee1, run.id(), changedResponse(valid), "proof");
    assertInvalid(
        trustee1,
        run.id(),
        partialsOf(other, 1, ballotsAs(trustee1, other.id())),
        "for election " + other.id().value());
    assertInvalid(trustee1, run.id(), partialsOf(run, 3, ballots), "you are trustee 1");
    assertInvalid(
        trustee1, run.id(), partialsOf(run, 1, ballots.subList(0, 2)), "proof"); // another total
    assertInvalid(
        trustee1, run.id(), valid.replace("\"Grace\"", "\"Barbara\""), "in the ballot's order");
    assertEquals(0, storedPartials(run.id()), "nothing stored after the refusals");

    assertThrows(
        EJBAccessException.class,
        () -> admin.call(() -> decryptions.submit(run.id(), valid)),
        "an admin is not a trustee");
    Run solo = open(1, 1); // only it-trustee1 sits in it
    admin.run(() -> elections.closeNow(solo.id()));
    DecryptionRefused outsider =
        assertThrows(
            DecryptionRefused.class,
            () -> trustee2.call(() -> decryptions.submit(solo.id(), valid)));
    assertEquals(Refusal.Kind.NOT_ALLOWED, outsider.kind());
    assertThrows(
        DecryptionRefused.class, () -> trustee2.call(() -> decryptions.ballots(solo.id(), "")));
    assertThrows(
        NoSuchElection.class,
        () -> trustee1.call(() -> decryptions.submit(ElectionId.next(), valid)));

    trustee1.call(() -> decryptions.submit(run.id(), valid));
    DecryptionRefused again =
        assertThrows(
            DecryptionRefused.class,
            () -> trustee1.call(() -> decryptions.submit(run.id(), valid)));
    assertEquals(Refusal.Kind.CONFLICT, again.kind(), "sent twice");
    assertEquals(1, storedPartials(run.id()));
  }

  /** The first proof's response plus one: the proof no longer holds. */
  private static String changedResponse(String file) {
    Matcher m = Pattern.compile("(\"response\"\\s*:\\s*\")([0-9a-f]{64})").matcher(file);
    assertTrue(m.find());
    BigInteger changed = new BigInteger(m.group(2), 16).add(BigInteger.ONE).mod(Group.ORDER);
    return file.substring(0, m.start(2)) + Group.scalarHex(changed) + file.substring(m.end(2));
  }

  private void assertInvalid(Callers.Caller trustee, ElectionId id, String file, String says) {
    DecryptionRefused refused =
        assertThrows(
            DecryptionRefused.class, () -> trustee.call(() -> decryptions.submit(id, file)));
    assertEquals(Refusal.Kind.INVALID, refused.kind(), refused.getMessage());
    assertTrue(refused.getMessage().contains(says), refused.getMessage());
  }

  @Test
  void withNoBallotsEveryCountIsZeroWithoutTheTrustees() throws Exception {
    Run run = open(2, 3);
    admin.run(() -> elections.closeNow(run.id()));

    ResultSheet results = admin.call(() -> board.results(run.id()));
    assertEquals(List.of(0, 0), results.lines().stream().map(ResultSheet.Line::votes).toList());
    assertEquals("closed", admin.call(() -> elections.election(run.id())).stage());
    assertTrue(
        fixtures
            .rows("select 1 from encrypted_total where election_id = ?1", run.id().value())
            .isEmpty());
    assertThrows(
        DecryptionRefused.class, () -> trustee1.call(() -> decryptions.submit(run.id(), "{}")));
    RecordHead head = admin.call(() -> records.head(run.id()));
    assertEquals(List.of(), head.encryptedTotals());
    assertEquals(List.of(), head.partialDecryptions());
    assertEquals(List.of(0L, 0L), head.results().stream().map(RecordHead.Result::count).toList());
    assertEquals(List.of(), admin.call(() -> records.ballots(run.id(), "")).ballots());
  }

  @Test
  void theRecordIsRefusedBeforeResultsAndThenListsEveryBallotOnceInTrackerOrder() throws Exception {
    Run run = open(1, 1);
    List<String> trackers = fixtures.castEncrypted(run.id().value(), List.of(1, 1, 0));
    assertThrows(NoSuchElection.class, () -> records.head(ElectionId.next()));
    assertThrows(ResultsNotAvailable.class, () -> records.head(run.id()), "open");
    admin.run(() -> elections.closeNow(run.id()));
    assertThrows(ResultsNotAvailable.class, () -> admin.call(() -> records.head(run.id())));
    List<String> ballots = ballotsAs(trustee1, run.id());
    trustee1.call(() -> decryptions.submit(run.id(), partialsOf(run, 1, ballots)));
    assertThrows(ResultsNotAvailable.class, () -> records.head(run.id()), "not yet published");

    admin.run(() -> elections.publish(run.id()));
    RecordHead head = records.head(run.id());
    assertEquals(CANDIDATES, head.candidates());
    assertEquals(List.of(1L, 2L), head.results().stream().map(RecordHead.Result::count).toList());
    assertEquals(1, head.partialDecryptions().size());
    assertEquals(1, head.trusteePublics().size());
    assertTrue(head.receiptKey().matches("[0-9a-f]{64}"));
    PostedBallot.Page page = records.ballots(run.id(), "");
    assertEquals(
        trackers.stream().sorted().toList(),
        page.ballots().stream().map(PostedBallot::tracker).toList());
    assertEquals(null, page.next());
  }
}
