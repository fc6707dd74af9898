package org.securevote.ballot.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.securevote.ballot.control.PublicViews;
import org.securevote.ballot.control.Tally;
import org.securevote.ballot.control.Turnout;
import org.securevote.ballot.entity.Ballot;
import org.securevote.ballot.entity.TallyReport;
import org.securevote.ballot.entity.VoteCount;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.election.entity.Question;
import org.securevote.integrity.Trackers;
import org.securevote.platform.Text;

/** The public record: elections, their posted ballot trackers and, once published, results. */
@Stateless
@PermitAll
public class BulletinBoard {
  private static final List<ElectionStatus> PUBLIC =
      List.of(
          ElectionStatus.SCHEDULED,
          ElectionStatus.OPEN,
          ElectionStatus.CLOSED,
          ElectionStatus.PUBLISHED,
          ElectionStatus.CANCELLED);

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Turnout turnout;
  @Inject Tally tally;
  @Inject PublicViews views;

  public List<PublicElection> elections() {
    return views.get(
        "elections",
        () ->
            em.createNamedQuery(Election.IN_STATUS, Election.class)
                .setParameter("statuses", PUBLIC)
                .getResultStream()
                .map(this::view)
                .collect(Collectors.toCollection(ArrayList::new)));
  }

  public PublicElection election(@NotNull ElectionId id) {
    return views.get(PublicViews.key("election", id), () -> view(visible(id)));
  }

  /** Trackers of accepted ballots, sorted; new ballots appear once shuffled. */
  public List<String> trackers(@NotNull ElectionId id) {
    return views.get(
        PublicViews.key("trackers", id),
        () -> {
          visible(id);
          return new ArrayList<>(
              em.createNamedQuery(Ballot.PUBLISHED_TRACKERS, String.class)
                  .setParameter("election", id.value())
                  .getResultList());
        });
  }

  public boolean posted(@NotNull ElectionId id, String tracker) {
    return trackers(id).contains(Trackers.normalize(tracker));
  }

  /** Results, as far as {@link ResultsRelease} lets the caller see them. */
  public ResultSheet results(@NotNull ElectionId id) {
    if (ResultsRelease.staff(session)) {
      return sheet(id, true);
    }
    return views.get(PublicViews.key("results", id), () -> sheet(id, false));
  }

  private ResultSheet sheet(ElectionId id, boolean staff) {
    Election e = visible(id);
    ResultsRelease.require(e, staff);
    TallyReport report = em.find(TallyReport.class, id.value());
    List<VoteCount> counts =
        em.createNamedQuery(VoteCount.OF_ELECTION, VoteCount.class)
            .setParameter("election", id.value())
            .getResultList();
    List<ResultSheet.Line> lines =
        e.candidates().stream()
            .map(
                c -> {
                  int votes =
                      counts.stream()
                          .filter(v -> v.candidateId().equals(c.id()))
                          .mapToInt(VoteCount::votes)
                          .sum();
                  double percent = report.counted() == 0 ? 0 : 100.0 * votes / report.counted();
                  return new ResultSheet.Line(
                      c.ballotName(),
                      votes,
                      percent,
                      c.question().map(Question::title).orElse(""),
                      c.name());
                })
            .toList();
    return new ResultSheet(
        e.id().value(),
        e.title(),
        e.status(),
        e.ballotType() == BallotType.APPROVAL,
        lines,
        report.counted(),
        report.rejected(),
        staff ? report.rejectedIds() : List.of(),
        report.eligible(),
        report.participations(),
        e.tallyDigest().orElse(""),
        report.talliedAt());
  }

  /**
   * The encrypted totals, public from closing on (they open only with k trustees); refused
   * (CONFLICT) before the ballots are added up, or for a cancelled election, which has none.
   */
  public EncryptedTotals encryptedTotals(@NotNull ElectionId id) {
    return views.get(PublicViews.key("totals", id), () -> totals(id));
  }

  private EncryptedTotals totals(ElectionId id) {
    Election e = visible(id);
    TallyReport report = em.find(TallyReport.class, id.value());
    boolean counted = e.status() == ElectionStatus.CLOSED || e.status() == ElectionStatus.PUBLISHED;
    if (!counted || report == null) {
      throw new ResultsNotAvailable(
          e.status() == ElectionStatus.CANCELLED
              ? Text.of("board.election.cancelled", e.title())
              : Text.of("board.election.notAddedUp", e.title()));
    }
    List<String> names = e.candidates().stream().map(c -> c.ballotName()).toList();
    return new EncryptedTotals(
        e.id().value(), report.counted(), EncryptedTotals.named(names, tally.totals(e)));
  }

  private PublicElection view(Election e) {
    return new PublicElection(
        e.id().value(),
        e.title(),
        e.description(),
        e.status(),
        e.opensAt(),
        e.closesAt(),
        turnout.eligible(e.id()),
        turnout.ballotsCast(e.id()),
        e.stage());
  }

  private Election visible(ElectionId id) {
    Election e = em.find(Election.class, id.value());
    if (e == null || !PUBLIC.contains(e.status())) {
      throw new NoSuchElection();
    }
    return e;
  }
}
