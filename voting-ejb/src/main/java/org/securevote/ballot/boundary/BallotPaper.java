package org.securevote.ballot.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.securevote.election.entity.BallotType;
import org.securevote.election.entity.Candidate;
import org.securevote.election.entity.Election;
import org.securevote.platform.Text;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.ChoiceBounds;

/**
 * What the ballot page shows: the question, how many candidates to choose, the candidates in ballot
 * order, any further questions with their answers, whether the voter must confirm an emailed code
 * before casting, and the election key K (66 hex, empty until the trustees' ceremony is complete)
 * that the voter's device encrypts to, in ballot order: the candidates, then each question's
 * answers.
 */
public record BallotPaper(
    String electionId,
    String title,
    String description,
    BallotType ballotType,
    int minChoices,
    int maxChoices,
    Instant closesAt,
    boolean codeNeeded,
    String publicKey,
    List<Option> options,
    List<Question> questions)
    implements java.io.Serializable {

  static BallotPaper of(Election e, boolean codeNeeded, String publicKey) {
    return new BallotPaper(
        e.id().value(),
        e.title(),
        e.description(),
        e.ballotType(),
        e.choiceBounds().min(),
        e.choiceBounds().max(),
        e.closesAt(),
        codeNeeded,
        publicKey,
        e.ownCandidates().stream().map(Option::of).toList(),
        e.questions().stream()
            .map(
                q ->
                    new Question(
                        q.title(),
                        q.bounds().min(),
                        q.bounds().max(),
                        e.answers(q).stream().map(Option::of).toList()))
            .toList());
  }

  /** How many candidates a ballot chooses. */
  public ChoiceBounds bounds() {
    return new ChoiceBounds(minChoices, maxChoices);
  }

  /** Whether the voter chooses exactly one candidate (radio buttons) or several (checkboxes). */
  public boolean singleChoice() {
    return bounds().singleChoice();
  }

  /** What the ballot asks, e.g. "Choose between 1 and 3 candidates.", in English. */
  public String instruction() {
    return instructionText().english();
  }

  /** What the ballot asks, to be shown in the viewer's language. */
  public Text instructionText() {
    return howMany(bounds());
  }

  /** Every option in ballot order: the candidates, then each further question's answers. */
  public List<Option> allOptions() {
    List<Option> all = new ArrayList<>(options);
    questions.forEach(q -> all.addAll(q.options()));
    return all;
  }

  /** The ballot's questions as its proofs see them. */
  public BallotLayout layout() {
    List<BallotLayout.Question> layout = new ArrayList<>();
    layout.add(new BallotLayout.Question(options.size(), bounds()));
    questions.forEach(q -> layout.add(new BallotLayout.Question(q.options().size(), q.bounds())));
    return new BallotLayout(layout);
  }

  /**
   * What is wrong with choosing these positions (0-based, over {@link #allOptions}): the first
   * question whose bounds they break, with its instruction and the number chosen; empty if none.
   */
  public Optional<Text> refusal(Set<Integer> chosen) {
    BallotLayout layout = layout();
    int q = layout.firstOutOfBounds(chosen);
    if (q < 0) {
      return Optional.empty();
    }
    int n = layout.chosenIn(q, chosen);
    if (q == 0) {
      return Optional.of(Text.of("paper.refusal", instructionText(), n));
    }
    Question question = questions.get(q - 1);
    return Optional.of(
        Text.of("paper.refusal.question", question.title(), question.instructionText(), n));
  }

  /** The instruction for these bounds; also the refusal of a ballot outside them. */
  public static Text howMany(ChoiceBounds bounds) {
    return howMany(bounds, "paper.candidates.");
  }

  private static Text howMany(ChoiceBounds bounds, String kind) {
    int min = bounds.min();
    int max = bounds.max();
    if (min == max) {
      return min == 1 ? Text.of(kind + "one") : Text.of(kind + "exactly", min);
    }
    if (min == 0) {
      return max == 1 ? Text.of(kind + "oneOrNone") : Text.of(kind + "upTo", max);
    }
    return Text.of(kind + "between", min, max);
  }

  /** One candidate (or answer) on the ballot. */
  public record Option(String candidateId, String name, String description)
      implements java.io.Serializable {
    static Option of(Candidate c) {
      return new Option(c.id(), c.name(), c.description());
    }
  }

  /** A further question (e.g. a motion) with its answers and how many of them a ballot chooses. */
  public record Question(String title, int minChoices, int maxChoices, List<Option> options)
      implements java.io.Serializable {
    public ChoiceBounds bounds() {
      return new ChoiceBounds(minChoices, maxChoices);
    }

    public boolean singleChoice() {
      return bounds().singleChoice();
    }

    public String instruction() {
      return instructionText().english();
    }

    public Text instructionText() {
      return howMany(bounds(), "paper.answers.");
    }
  }
}
