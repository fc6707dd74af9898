package org.securevote.voter.boundary;

import java.io.Serializable;
import org.securevote.platform.Text;

/**
 * Where a running or finished roll import stands; {@code failure} says why nothing was imported.
 */
public record RollImportJob(
    String id, int total, int written, boolean finished, RollImportReport report, Text failure)
    implements Serializable {

  public int percent() {
    return total == 0 ? 0 : (int) (100L * written / total);
  }
}
