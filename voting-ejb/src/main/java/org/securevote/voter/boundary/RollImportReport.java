package org.securevote.voter.boundary;

import java.util.List;

/** What a roll file would do, or did: row counts and each row's problems. */
public record RollImportReport(int rows, int enrolments, List<RowProblem> problems, int written)
    implements java.io.Serializable {
  /** A row that cannot be imported, and why. */
  public record RowProblem(long line, String voterRef, String problems)
      implements java.io.Serializable {}

  public boolean acceptable() {
    return problems.isEmpty();
  }
}
