package org.securevote.it;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.securevote.ballot.boundary.BallotsHead;
import org.securevote.ballot.boundary.Decryptions;
import org.securevote.ballot.boundary.PostedBallot;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.trustee.control.PublishedKeys;

/**
 * Elections with trustees for counting tests: open with a k-of-n key whose seats the trustee
 * callers hold, and decrypted after closing by trustees doing in-process what their tool does.
 */
public final class Tallies {
  private Tallies() {}

  /** An election and its trustees' secret shares s_1..s_n. */
  public record Keyed(ElectionId id, List<BigInteger> shares) {}

  /** Open now (a minute ago to an hour ahead), the test voters on its roll, a k-of-n key. */
  public static Keyed open(
      Callers.AsAdmin admin,
      ElectionAdministration elections,
      Fixtures fixtures,
      Ceremonies ceremonies,
      int k,
      int n,
      String... candidates)
      throws Exception {
    Instant now = Instant.now();
    Keyed run =
        scheduled(
            admin,
            elections,
            fixtures,
            ceremonies,
            now.minus(Duration.ofMinutes(1)),
            now.plus(Duration.ofHours(1)),
            k,
            n,
            candidates);
    // Open it now, or see the deployed election clock open it: a closing that overlapped the
    // clock's opening of the same election would fail on the row's version.
    for (int i = 0; i < 100; i++) {
      if (admin.call(() -> elections.election(run.id())).status() == ElectionStatus.OPEN) {
        return run;
      }
      try {
        admin.run(() -> elections.openNow(run.id()));
      } catch (RuntimeException raced) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("election " + run.id() + " did not open");
  }

  /** Scheduled for the given window, the test voters on its roll, a k-of-n key. */
  public static Keyed scheduled(
      Callers.AsAdmin admin,
      ElectionAdministration elections,
      Fixtures fixtures,
      Ceremonies ceremonies,
      Instant opensAt,
      Instant closesAt,
      int k,
      int n,
      String... candidates)
      throws Exception {
    fixtures.ensureTestVoters();
    Instant now = Instant.now();
    ElectionId id =
        admin.call(
            () ->
                elections.create(
                    new ElectionTerms(
                        "IT election " + now, "", BallotType.SINGLE_CHOICE, opensAt, closesAt)));
    for (String candidate : candidates) {
      admin.run(() -> elections.addCandidate(id, candidate, "", null));
    }
    for (String voter : Fixtures.VOTERS) {
      fixtures.enrol(id.value(), voter);
    }
    List<BigInteger> shares = ceremonies.complete(id.value(), k, n);
    fixtures.seatTrustees(id.value());
    admin.run(() -> elections.schedule(id));
    return new Keyed(id, shares);
  }

  /**
   * Each given trustee (caller i holds seat i) downloads the ballots, adds them up and sends its
   * partial decryptions through the boundary, as `trustee decrypt` and the trustee page do.
   */
  public static void decrypt(
      Keyed run,
      Decryptions decryptions,
      PublishedKeys keys,
      List<Integer> seats,
      List<? extends Callers.Caller> trustees)
      throws Exception {
    ElectionKey key = keys.of(run.id().value()).orElseThrow().key();
    for (int i = 0; i < seats.size(); i++) {
      int seat = seats.get(i);
      Callers.Caller trustee = trustees.get(i);
      BallotsHead head = trustee.call(() -> decryptions.ballotsHead(run.id()));
      List<String> ballots = ballots(trustee, decryptions, run.id());
      String file =
          TrusteeWork.partials(
              key,
              seat,
              run.shares().get(seat - 1),
              head.candidates(),
              TrusteeWork.sums(ballots, head.candidates().size()));
      trustee.call(() -> decryptions.submit(run.id(), file));
    }
  }

  /** The ballots as a trustee downloads them (every page), as stored JSON. */
  public static List<String> ballots(Callers.Caller trustee, Decryptions decryptions, ElectionId id)
      throws Exception {
    List<String> ballots = new ArrayList<>();
    String after = "";
    while (after != null) {
      String from = after;
      PostedBallot.Page page = trustee.call(() -> decryptions.ballots(id, from));
      page.ballots().forEach(b -> ballots.add(b.content()));
      after = page.next();
    }
    return ballots;
  }
}
