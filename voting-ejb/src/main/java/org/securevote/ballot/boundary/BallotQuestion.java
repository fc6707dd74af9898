package org.securevote.ballot.boundary;

import java.util.List;
import org.securevote.election.entity.Election;

/**
 * A further question as the election record and BALLOTS.json list it: its title, how many of the
 * ballot's candidates (after the election's own and any earlier question's) are its answers, and
 * how many of them a ballot chooses.
 */
public record BallotQuestion(String title, int candidates, int minChoices, int maxChoices) {

  /** The election's further questions in ballot order; empty for a ballot of one question. */
  static List<BallotQuestion> of(Election e) {
    return e.questions().stream()
        .map(
            q ->
                new BallotQuestion(
                    q.title(), e.answers(q).size(), q.bounds().min(), q.bounds().max()))
        .toList();
  }
}
