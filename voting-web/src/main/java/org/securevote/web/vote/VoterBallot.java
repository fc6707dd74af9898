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
import org.securevote.platform.Text;
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
  private List<Answer> answers = new ArrayList<>();
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
                  answers = paper.questions().stream().map(Answer::new).toList();
                },
                (Text) null,
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
      if (choice == null || !onBallot(paper.options(), choice)) {
        Feedback.error(Text.of("paper.candidates.one"));
        return;
      }
    } else if (choices.stream().anyMatch(c -> !onBallot(paper.options(), c))
        || !paper.bounds().allow(choices.size())) {
      Feedback.error(Text.of("paper.refusal", paper.instructionText(), choices.size()));
      return;
    }
    for (Answer a : answers) {
      List<String> given = a.chosen();
      if (given.stream().anyMatch(c -> !onBallot(a.question.options(), c))
          || !a.question.bounds().allow(given.size())) {
        Feedback.error(
            Text.of(
                "paper.refusal.question",
                a.question.title(),
                a.question.instructionText(),
                given.size()));
        return;
      }
    }
    reviewing = true;
    ballot = null;
  }

  private static boolean onBallot(List<BallotPaper.Option> options, String candidateId) {
    return options.stream().anyMatch(o -> o.candidateId().equals(candidateId));
  }

  /** The reviewed ids: the one choice or the approved ones, then each further question's. */
  private List<String> chosen() {
    List<String> all = new ArrayList<>();
    if (paper.singleChoice()) {
      if (choice != null) {
        all.add(choice);
      }
    } else {
      all.addAll(choices);
    }
    answers.forEach(a -> all.addAll(a.chosen()));
    return all;
  }

  /** Whether the ballot has further questions after the candidates. */
  private boolean severalQuestions() {
    return paper != null && !paper.questions().isEmpty();
  }

  public void change() {
    reviewing = false;
  }

  public String cast() {
    Receipt[] receipt = new Receipt[1];
    try {
      if (Feedback.attempt(
          () -> receipt[0] = castReviewed(new ElectionId(election)),
          (Text) null,
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
    return paper == null || !paper.singleChoice() || severalQuestions()
        ? -1
        : ids().indexOf(choice);
  }

  /**
   * The chosen positions (0-based, over the whole ballot) as a JSON array, for the page's script:
   * an approval ballot's, or every question's on a ballot of several.
   */
  public String getChoiceIndexes() {
    var indexes = Json.createArrayBuilder();
    if (paper != null && (!paper.singleChoice() || severalQuestions())) {
      List<String> ids = ids();
      chosen().stream().map(ids::indexOf).sorted().forEach(indexes::add);
    }
    return indexes.build().toString();
  }

  /**
   * Each question's size and bounds as a JSON array, for the page's script; empty for a ballot of
   * one question, whose bounds are data-min-choices and data-max-choices.
   */
  public String getQuestionLayout() {
    if (!severalQuestions()) {
      return "";
    }
    var layout = Json.createArrayBuilder();
    paper
        .layout()
        .questions()
        .forEach(
            q ->
                layout.add(
                    Json.createObjectBuilder()
                        .add("candidates", q.candidates())
                        .add("min", q.bounds().min())
                        .add("max", q.bounds().max())));
    return layout.build().toString();
  }

  private List<String> ids() {
    return paper.allOptions().stream().map(BallotPaper.Option::candidateId).toList();
  }

  /**
   * The candidates' names in ballot order as a JSON array, for the challenged-ballot file; a
   * further question's answers are named with it ("Motion: Yes"), so every name is distinct.
   */
  public String getCandidateNames() {
    var names = Json.createArrayBuilder();
    if (paper != null) {
      paper.options().forEach(o -> names.add(o.name()));
      paper
          .questions()
          .forEach(q -> q.options().forEach(o -> names.add(q.title() + ": " + o.name())));
    }
    return names.build().toString();
  }

  /** Each further question's reviewed answers in words: "Motion: Yes". */
  public List<String> getAnswerSummaries() {
    return answers.stream()
        .map(
            a ->
                Text.of(
                        "ballot.answerSummary",
                        a.question.title(),
                        names(a.question.options(), a.chosen(), Text.of("ballot.noAnswer")))
                    .in(Feedback.locale()))
        .toList();
  }

  /** The further questions' answers as the page binds them. */
  public List<Answer> getAnswers() {
    return answers;
  }

  /** A voter's answer to one further question: one id (radio buttons) or several (checkboxes). */
  public static final class Answer implements Serializable {
    private final BallotPaper.Question question;
    private String one;
    private List<String> many = new ArrayList<>();

    Answer(BallotPaper.Question question) {
      this.question = question;
    }

    List<String> chosen() {
      if (question.singleChoice()) {
        return one == null ? List.of() : List.of(one);
      }
      return List.copyOf(many);
    }

    public BallotPaper.Question getQuestion() {
      return question;
    }

    public String getOne() {
      return one;
    }

    public void setOne(String one) {
      this.one = one;
    }

    public List<String> getMany() {
      return many;
    }

    public void setMany(List<String> many) {
      this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
    }
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
    return names(paper.options(), chosen(), Text.of("ballot.noCandidate"));
  }

  private static String names(List<BallotPaper.Option> options, List<String> ids, Text none) {
    String names =
        options.stream()
            .filter(o -> ids.contains(o.candidateId()))
            .map(BallotPaper.Option::name)
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? none.in(Feedback.locale()) : names;
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
