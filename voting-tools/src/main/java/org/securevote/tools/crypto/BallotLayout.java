package org.securevote.tools.crypto;

import java.util.List;
import java.util.Set;

/**
 * A ballot's questions in order, each a run of consecutive candidates with its own bounds. One
 * question is the ballot of a single race (its count proof is a {@link ConstantProof} or a {@link
 * CountInRangeProof}); several make a ballot whose count proof is {@link QuestionCounts}.
 */
public record BallotLayout(List<Question> questions) {

  /** A question's number of candidates (answers) and how many of them a ballot may choose. */
  public record Question(int candidates, ChoiceBounds bounds) {
    public Question {
      if (candidates < 1 || bounds == null || !bounds.fit(candidates)) {
        throw new CryptoRefusal(
            "a question has at least one candidate and may choose at most as many as it has");
      }
    }
  }

  public BallotLayout {
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new CryptoRefusal("a ballot has at least one question");
    }
  }

  /** The ballot of one race: that many candidates within those bounds. */
  public static BallotLayout single(int candidates, ChoiceBounds bounds) {
    return new BallotLayout(List.of(new Question(candidates, bounds)));
  }

  public boolean singleQuestion() {
    return questions.size() == 1;
  }

  /** The number of candidates over all questions: the ballot's length. */
  public int candidates() {
    return questions.stream().mapToInt(Question::candidates).sum();
  }

  /** The position (0-based) of the question's first candidate on the ballot. */
  public int first(int question) {
    int first = 0;
    for (int q = 0; q < question; q++) {
      first += questions.get(q).candidates();
    }
    return first;
  }

  /** Whether a set of chosen positions (0-based) keeps every question within its bounds. */
  public boolean allow(Set<Integer> chosen) {
    return chosen.stream().allMatch(i -> i >= 0 && i < candidates())
        && firstOutOfBounds(chosen) < 0;
  }

  /** How many of the chosen positions (0-based) are the question's. */
  public int chosenIn(int question, Set<Integer> chosen) {
    int from = first(question);
    int to = from + questions.get(question).candidates();
    return (int) chosen.stream().filter(i -> i >= from && i < to).count();
  }

  /** The first question whose count of chosen positions is outside its bounds; -1 if none is. */
  public int firstOutOfBounds(Set<Integer> chosen) {
    for (int q = 0; q < questions.size(); q++) {
      if (!questions.get(q).bounds().allow(chosenIn(q, chosen))) {
        return q;
      }
    }
    return -1;
  }
}
