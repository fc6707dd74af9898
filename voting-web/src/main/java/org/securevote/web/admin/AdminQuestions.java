package org.securevote.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.platform.DisplayText;
import org.securevote.platform.Text;

/**
 * The further questions of {@code /admin/election.xhtml} (a motion after the board seat, ...): add
 * one with its bounds, give it answers, remove it. The page's election is {@link AdminElection}'s.
 */
@Named
@RequestScoped
public class AdminQuestions {
  @Inject AdminElection page;
  @Inject ElectionAdministration administration;

  @Size(max = 200, message = "{securevote.adminElection.questionTooLong}")
  @Pattern(
      regexp = DisplayText.NO_BIDI_CONTROLS,
      message = "{securevote.adminElection.bidiRefused}")
  private String title;

  private int minChoices = 1;
  private int maxChoices = 1;

  @Size(max = 200, message = "{securevote.adminElection.nameTooLong}")
  @Pattern(
      regexp = DisplayText.NO_BIDI_CONTROLS,
      message = "{securevote.adminElection.bidiRefused}")
  private String answerName;

  @Size(max = 2000, message = "{securevote.adminElection.candidateDescriptionTooLong}")
  @Pattern(
      regexp = DisplayText.NO_BIDI_CONTROLS,
      message = "{securevote.adminElection.bidiRefused}")
  private String answerDescription;

  public void addQuestion() {
    if (page.act(
        () -> administration.addQuestion(page.electionId(), title, minChoices, maxChoices),
        Text.of("adminElection.questionAdded"))) {
      title = null;
      minChoices = 1;
      maxChoices = 1;
    }
  }

  public void removeQuestion(String questionId) {
    page.act(
        () -> administration.removeQuestion(page.electionId(), questionId),
        Text.of("adminElection.questionRemoved"));
  }

  public void moveQuestion(String questionId, boolean up) {
    page.act(() -> administration.moveQuestion(page.electionId(), questionId, up), null);
  }

  public void addAnswer(String questionId) {
    if (page.act(
        () ->
            administration.addCandidate(
                page.electionId(), answerName, answerDescription, questionId),
        Text.of("adminElection.answerAdded"))) {
      answerName = null;
      answerDescription = null;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getMinChoices() {
    return minChoices;
  }

  public void setMinChoices(int minChoices) {
    this.minChoices = minChoices;
  }

  public int getMaxChoices() {
    return maxChoices;
  }

  public void setMaxChoices(int maxChoices) {
    this.maxChoices = maxChoices;
  }

  public String getAnswerName() {
    return answerName;
  }

  public void setAnswerName(String answerName) {
    this.answerName = answerName;
  }

  public String getAnswerDescription() {
    return answerDescription;
  }

  public void setAnswerDescription(String answerDescription) {
    this.answerDescription = answerDescription;
  }
}
