package org.securevote.voter.boundary;

import java.util.List;
import org.securevote.platform.Text;

/** What a roll file would do, or did: row counts and each row's problems. */
public record RollImportReport(int rows, int enrolments, List<RowProblem> problems, int written)
    implements java.io.Serializable {
  /** A row that cannot be imported, and why: its problems, one after the other. */
  public record RowProblem(long line, String voterRef, Text problems)
      implements java.io.Serializable {}

  public boolean acceptable() {
    return problems.isEmpty();
  }
}
