package org.securevote.web.vote;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BallotPaper;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.election.control.OutsideAllowedNetwork;
import org.securevote.election.entity.ElectionId;
import org.securevote.web.support.AfterRedirect;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /vote/ballot.xhtml}: choose, review, cast. On review the page's script
 * encrypts the choice in the browser and posts the encrypted ballot in a hidden field; without
 * JavaScript that field stays empty and the server encrypts the reviewed choice. The window, the
 * proofs and the one-ballot rule are enforced by the ballot box, whatever this page shows.
 */
@Named
@ViewScoped
public class VoterBallot implements Serializable {
  static final String RECEIPT = "receipt";

  @Inject BallotBox ballotBox;

  private String election;
  private BallotPaper paper;
  private String choice;
  private List<String> choices = new ArrayList<>();
  private boolean reviewing;
  private boolean voted;
  private String ballot;

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
    if (paper.singleChoice()) {
      if (choice == null || !onBallot(choice)) {
        Feedback.error("Choose one candidate.");
        return;
      }
    } else if (choices.stream().anyMatch(c -> !onBallot(c))
        || !paper.bounds().allow(choices.size())) {
      Feedback.error(paper.instruction() + " You chose " + choices.size() + ".");
      return;
    }
    reviewing = true;
    ballot = null;
  }

  private boolean onBallot(String candidateId) {
    return paper.options().stream().anyMatch(o -> o.candidateId().equals(candidateId));
  }

  /** The reviewed candidates' ids: the one choice, or the approved ones. */
  private List<String> chosen() {
    if (paper.singleChoice()) {
      return choice == null ? List.of() : List.of(choice);
    }
    return List.copyOf(choices);
  }

  public void change() {
    reviewing = false;
  }

  public String cast() {
    Receipt[] receipt = new Receipt[1];
    try {
      if (Feedback.attempt(
          () -> receipt[0] = castReviewed(new ElectionId(election)),
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

  /** The browser's encrypted ballot if it sent one; else the server encrypts the choice. */
  private Receipt castReviewed(ElectionId id) {
    return ballot == null || ballot.isBlank()
        ? ballotBox.castChoice(id, chosen())
        : ballotBox.cast(id, ballot);
  }

  /** The reviewed choice's position on the ballot (0-based), for the page's script. */
  public int getChoiceIndex() {
    return paper == null || !paper.singleChoice() ? -1 : ids().indexOf(choice);
  }

  /** The approved candidates' positions (0-based) as a JSON array, for the page's script. */
  public String getChoiceIndexes() {
    var indexes = Json.createArrayBuilder();
    if (paper != null && !paper.singleChoice()) {
      List<String> ids = ids();
      choices.stream().map(ids::indexOf).sorted().forEach(indexes::add);
    }
    return indexes.build().toString();
  }

  private List<String> ids() {
    return paper.options().stream().map(BallotPaper.Option::candidateId).toList();
  }

  /** The candidates' names in ballot order as a JSON array, for the challenged-ballot file. */
  public String getCandidateNames() {
    var names = Json.createArrayBuilder();
    if (paper != null) {
      paper.options().forEach(o -> names.add(o.name()));
    }
    return names.build().toString();
  }

  public String getBallot() {
    return ballot;
  }

  public void setBallot(String ballot) {
    this.ballot = ballot;
  }

  /** The reviewed choice in words: one name, the approved names, or "no candidate". */
  public String getChoiceName() {
    if (paper == null) {
      return "";
    }
    List<String> chosen = chosen();
    String names =
        paper.options().stream()
            .filter(o -> chosen.contains(o.candidateId()))
            .map(BallotPaper.Option::name)
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? "no candidate" : names;
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

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
  }

  public boolean isReviewing() {
    return reviewing;
  }

  public boolean isVoted() {
    return voted;
  }
}
