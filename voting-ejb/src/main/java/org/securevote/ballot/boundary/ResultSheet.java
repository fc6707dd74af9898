package org.securevote.ballot.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securevote.election.entity.ElectionStatus;

/** A counted election's result, as the results page and the API show it. */
public record ResultSheet(
    String electionId,
    String title,
    ElectionStatus status,
    boolean approval,
    List<Line> lines,
    int counted,
    int rejected,
    List<String> rejectedBallotIds,
    int eligible,
    int participations,
    String tallyDigest,
    Instant talliedAt)
    implements Serializable {

  /**
   * One candidate's total and share of the counted ballots. On an approval ballot a total counts
   * approvals, and the shares may add up to more than 100 %. A further question's answer names its
   * question (candidate "Motion: Yes", question "Motion", answer "Yes"); the election's own
   * candidates have the question "".
   */
  public record Line(String candidate, int votes, double percent, String question, String answer)
      implements Serializable {}

  /** The lines of one question, in ballot order: the election's own first (question ""). */
  public record Group(String question, List<Line> lines) implements Serializable {}

  /** The lines grouped by question, in ballot order; one group for a ballot of one question. */
  public List<Group> groups() {
    Map<String, List<Line>> groups = new LinkedHashMap<>();
    lines.forEach(l -> groups.computeIfAbsent(l.question(), q -> new ArrayList<>()).add(l));
    return groups.entrySet().stream().map(g -> new Group(g.getKey(), g.getValue())).toList();
  }

  /** Whether the stored ballots and the voters who voted are as many as each other. */
  public boolean ballotsMatchVoters() {
    return counted + rejected == participations;
  }

  /**
   * Stored ballots, counted and rejected, per eligible voter, in percent (0 with none eligible).
   */
  public double turnoutPercent() {
    return eligible == 0 ? 0 : 100.0 * (counted + rejected) / eligible;
  }

  /** A bar's length in a chart, in percent: the leader of its question fills the width. */
  public double barWidth(Line line) {
    int most =
        lines.stream()
            .filter(l -> l.question().equals(line.question()))
            .mapToInt(Line::votes)
            .max()
            .orElse(0);
    return most == 0 ? 0 : 100.0 * line.votes() / most;
  }
}
