package org.securevote.ballot.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.securevote.ballot.control.PublicViews;
import org.securevote.ballot.control.TurnoutHistory;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;

/**
 * The live dashboard of a public election: turnout while voting is open, results the moment the
 * caller may see them. The election clock samples turnout here once a minute for open elections.
 */
@Stateless
@PermitAll // shows only what the bulletin board shows, and samples only open elections
public class Dashboards {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject BulletinBoard board;
  @Inject TurnoutHistory history;
  @Inject PublicViews views;

  public ElectionDashboard of(@NotNull ElectionId id) {
    boolean staff = ResultsRelease.staff(session);
    return staff
        ? view(id, true)
        : views.get(PublicViews.key("dashboard", id), () -> view(id, false));
  }

  private ElectionDashboard view(ElectionId id, boolean staff) {
    PublicElection e = board.election(id);
    Election election = em.find(Election.class, id.value());
    ResultSheet results =
        ResultsRelease.visible(e.status(), election.tallyDigest().isPresent(), staff)
            ? board.results(id)
            : null;
    return new ElectionDashboard(
        e.id(),
        e.title(),
        e.status(),
        e.stage(),
        e.opensAt(),
        e.closesAt(),
        e.eligible(),
        e.ballotsCast(),
        history.of(id),
        results);
  }

  /** Stores this minute's count for an open election; nothing for any other. */
  public void sampleTurnout(@NotNull ElectionId id) {
    Election election = em.find(Election.class, id.value());
    if (election != null && election.status() == ElectionStatus.OPEN) {
      history.sample(id, Instant.now());
    }
  }
}
