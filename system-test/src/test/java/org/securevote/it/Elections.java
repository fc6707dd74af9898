package org.securevote.it;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;

/** Builds elections through the real admin boundary, as the test admin. */
public final class Elections {
  private Elections() {}

  /**
   * A scheduled election with the given candidates and window, the five test voters on its roll and
   * the key of a completed 1-of-1 ceremony.
   */
  public static ElectionId scheduled(
      Callers.AsAdmin admin,
      ElectionAdministration elections,
      Fixtures fixtures,
      Instant opensAt,
      Instant closesAt,
      String... candidates)
      throws Exception {
    return scheduled(
        admin,
        elections,
        fixtures,
        new ElectionTerms(
            "IT election " + Instant.now(), "", BallotType.SINGLE_CHOICE, opensAt, closesAt),
        candidates);
  }

  /** A scheduled election on the given terms, the five test voters on its roll. */
  public static ElectionId scheduled(
      Callers.AsAdmin admin,
      ElectionAdministration elections,
      Fixtures fixtures,
      ElectionTerms terms,
      String... candidates)
      throws Exception {
    fixtures.ensureTestVoters();
    ElectionId id = admin.call(() -> elections.create(terms));
    for (String candidate : candidates) {
      admin.run(() -> elections.addCandidate(id, candidate, "", null));
    }
    for (String voter : Fixtures.VOTERS) {
      fixtures.enrol(id.value(), voter);
    }
    // Scheduling needs the election key, and ballots are encrypted to it: a 1-of-1 ceremony.
    CDI.current().select(Ceremonies.class).get().complete(id.value(), 1, 1);
    admin.run(() -> elections.schedule(id));
    return id;
  }

  /** Open now, on the given network allowlist and fresh-code rule. */
  public static ElectionId openNow(
      Callers.AsAdmin admin,
      ElectionAdministration elections,
      Fixtures fixtures,
      String allowedNetworks,
      boolean freshCodeRequired,
      String... candidates)
      throws Exception {
    Instant now = Instant.now();
    ElectionTerms terms =
        new ElectionTerms(
            "IT election " + now,
            "",
            BallotType.SINGLE_CHOICE,
            now.minus(Duration.ofMinutes(1)),
            now.plus(Duration.ofHours(1)),
            allowedNetworks,
            freshCodeRequired);
    return scheduled(admin, elections, fixtures, terms, candidates);
  }

  /** Open now: the window started a minute ago and ends in an hour. */
  public static ElectionId openNow(
      Callers.AsAdmin admin,
      ElectionAdministration elections,
      Fixtures fixtures,
      String... candidates)
      throws Exception {
    Instant now = Instant.now();
    return scheduled(
        admin,
        elections,
        fixtures,
        now.minus(Duration.ofMinutes(1)),
        now.plus(Duration.ofHours(1)),
        candidates);
  }
}
