package org.securevote.web.vote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BallotPaper;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.election.control.OutsideAllowedNetwork;
import org.securevote.election.entity.ElectionId;
import org.securevote.web.support.AfterRedirect;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /vote/ballot.xhtml}: choose, review, cast. The window and the one-ballot
 * rule are enforced by the ballot box, whatever this page shows.
 */
@Named
@ViewScoped
public class VoterBallot implements Serializable {
  static final String RECEIPT = "receipt";

  @Inject BallotBox ballotBox;

  private String election;
  private BallotPaper paper;
  private String choice;
  private boolean reviewing;
  private boolean voted;

  public void load() {
    if (paper == null) {
      try {
        boolean shown =
            Feedback.attempt(
                () -> {
                  ElectionId id = new ElectionId(election);
                  paper = ballotBox.paper(id);
                  voted = ballotBox.hasVoted(id);
                },
                null,
                OutsideAllowedNetwork.class);
        if (!shown) {
          Feedback.status(404);
        }
      } catch (OutsideAllowedNetwork e) {
        Feedback.refused(e); // a 403, not the 404 of a ballot this voter cannot see
      }
    }
  }

  public void review() {
    if (choice == null || paper.options().stream().noneMatch(o -> o.candidateId().equals(choice))) {
      Feedback.error("Choose one candidate.");
      return;
    }
    reviewing = true;
  }

  public void change() {
    reviewing = false;
  }

  public String cast() {
    Receipt[] receipt = new Receipt[1];
    try {
      if (Feedback.attempt(
          () -> receipt[0] = ballotBox.cast(new ElectionId(election), choice),
          null,
          OutsideAllowedNetwork.class)) {
        AfterRedirect.put(RECEIPT, receipt[0]);
        return "/vote/receipt?faces-redirect=true";
      }
    } catch (OutsideAllowedNetwork e) {
      Feedback.refused(e);
      return null;
    }
    reviewing = false;
    voted = ballotBox.hasVoted(new ElectionId(election));
    return null;
  }

  public String getChoiceName() {
    return paper == null
        ? ""
        : paper.options().stream()
            .filter(o -> o.candidateId().equals(choice))
            .map(BallotPaper.Option::name)
            .findFirst()
            .orElse("");
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election;
  }

  public BallotPaper getPaper() {
    return paper;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public boolean isReviewing() {
    return reviewing;
  }

  public boolean isVoted() {
    return voted;
  }
}
