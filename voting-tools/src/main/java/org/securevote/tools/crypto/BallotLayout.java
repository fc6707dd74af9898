package org.securevote.tools.crypto;

import java.util.List;

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
  public boolean allow(java.util.Set<Integer> chosen) {
    if (chosen.stream().anyMatch(i -> i < 0 || i >= candidates())) {
      return false;
    }
    for (int q = 0; q < questions.size(); q++) {
      int from = first(q);
      int to = from + questions.get(q).candidates();
      long n = chosen.stream().filter(i -> i >= from && i < to).count();
      if (!questions.get(q).bounds().allow((int) n)) {
        return false;
      }
    }
    return true;
  }
}
