package org.securevote.election.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.securevote.audit.control.Audited;
import org.securevote.election.control.VotingEnded;
import org.securevote.election.control.VotingEnding;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.platform.DisplayText;

/** Admins run elections from draft to published result here. Every change is audited. */
@Stateless
@RolesAllowed(ADMIN)
public class ElectionAdministration {
  @PersistenceContext EntityManager em;
  @Inject Event<VotingEnding> ending;
  @Inject Event<VotingEnded> ended;
  @Inject Clock clock;

  @RolesAllowed({ADMIN, AUDITOR})
  public List<ElectionSummary> elections() {
    return em.createNamedQuery(Election.ALL, Election.class)
        .getResultStream()
        .map(this::summary)
        .toList();
  }

  @RolesAllowed({ADMIN, AUDITOR})
  public ElectionSummary election(@NotNull ElectionId id) {
    return summary(existing(id));
  }

  @Audited("election.create")
  public ElectionId create(@NotNull @Valid ElectionTerms terms) {
    ElectionId id = ElectionId.next();
    em.persist(new Election(id, terms));
    return id;
  }

  @Audited("election.edit")
  public void revise(@NotNull ElectionId id, @NotNull @Valid ElectionTerms terms) {
    existing(id).revise(terms);
  }

  /**
   * A candidate of the election's own question (questionId null) or an answer to a further
   * question.
   */
  @Audited("candidate.add")
  public void addCandidate(
      @NotNull ElectionId id,
      @NotBlank(message = "{election.candidateNameRequired}")
          @Size(max = 200, message = "{election.nameTooLong}")
          @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{election.bidiRefused}")
          String name,
      @Size(max = 2000, message = "{election.candidateDescriptionTooLong}")
          @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{election.bidiRefused}")
          String description,
      String questionId) {
    existing(id).addCandidate(name, description, questionId);
  }

  @Audited("question.add")
  public void addQuestion(
      @NotNull ElectionId id,
      @NotBlank(message = "{election.questionRequired}")
          @Size(max = 200, message = "{election.questionTooLong}")
          @Pattern(regexp = DisplayText.NO_BIDI_CONTROLS, message = "{election.bidiRefused}")
          String title,
      int minChoices,
      int maxChoices) {
    existing(id).addQuestion(title, minChoices, maxChoices);
  }

  @Audited("question.remove")
  public void removeQuestion(@NotNull ElectionId id, @NotNull String questionId) {
    existing(id).removeQuestion(questionId);
  }

  @Audited("question.move")
  public void moveQuestion(@NotNull ElectionId id, @NotNull String questionId, boolean up) {
    existing(id).moveQuestion(questionId, up);
  }

  @Audited("candidate.remove")
  public void removeCandidate(@NotNull ElectionId id, @NotNull String candidateId) {
    existing(id).removeCandidate(candidateId);
  }

  @Audited("candidate.move")
  public void moveCandidate(@NotNull ElectionId id, @NotNull String candidateId, boolean up) {
    existing(id).moveCandidate(candidateId, up);
  }

  @Audited(value = "election.schedule", signed = true)
  public void schedule(@NotNull ElectionId id) {
    existing(id).schedule(clock.instant());
  }

  @Audited(value = "election.open", signed = true)
  public void openNow(@NotNull ElectionId id) {
    existing(id).open(clock.instant());
  }

  /** Closes voting now; the ballots are counted in the same transaction (see VotingEnded). */
  @Audited(value = "election.close", signed = true)
  public void closeNow(@NotNull ElectionId id) {
    ending.fire(new VotingEnding(id));
    Election election = existing(id);
    election.close(clock.instant());
    ended.fire(new VotingEnded(election));
  }

  @Audited(value = "election.cancel", signed = true)
  public void cancel(@NotNull ElectionId id) {
    ending.fire(new VotingEnding(id));
    Election election = existing(id);
    election.cancel();
    ended.fire(new VotingEnded(election));
  }

  @Audited(value = "election.publish", signed = true)
  public void publish(@NotNull ElectionId id) {
    existing(id).publish();
  }

  private ElectionSummary summary(Election e) {
    return ElectionSummary.of(e, clock.instant());
  }

  private Election existing(ElectionId id) {
    Election election = em.find(Election.class, id.value());
    if (election == null) {
      throw new NoSuchElection();
    }
    return election;
  }
}
