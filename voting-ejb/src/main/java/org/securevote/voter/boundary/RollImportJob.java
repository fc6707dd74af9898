package org.securevote.voter.boundary;

import java.io.Serializable;

/** Where a running or finished roll import stands. */
public record RollImportJob(
    String id, int total, int written, boolean finished, RollImportReport report, String failure)
    implements Serializable {

  public int percent() {
    return total == 0 ? 0 : (int) (100L * written / total);
  }
}
