package org.securevote.tools.crypto;

import java.util.List;

/**
 * The count proof of a ballot with several questions: for each question in order, its number of
 * candidates and a count-in-range proof over its own run of ciphertexts. Each proof's statement
 * names the question's position and first candidate, so no proof can stand for another question.
 */
public record QuestionCounts(List<QuestionCount> questions) implements CountProof {

  /** One question's count proof, with the number of candidates it covers. */
  public record QuestionCount(int candidates, CountInRangeProof range) {
    public QuestionCount {
      if (candidates < 1 || range == null) {
        throw new CryptoRefusal("a question's count proof covers at least one candidate");
      }
    }
  }

  public QuestionCounts {
    questions = List.copyOf(questions);
    if (questions.size() < 2) {
      throw new CryptoRefusal("a ballot with question counts has two questions or more");
    }
  }

  /** The layout these proofs name; the verifier holds it to the election's. */
  public BallotLayout namedLayout() {
    return new BallotLayout(
        questions.stream()
            .map(q -> new BallotLayout.Question(q.candidates(), q.range().namedBounds()))
            .toList());
  }
}
