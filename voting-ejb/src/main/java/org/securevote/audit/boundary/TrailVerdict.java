package org.securevote.audit.boundary;

import java.io.Serializable;
import org.securevote.tools.verify.TrailCheck;

/**
 * What checking the whole audit trail found: how many entries and checkpoints it checked and,
 * unless every check held, the first entry where it breaks and what is wrong there.
 */
public record TrailVerdict(long entries, long checkpoints, long brokenAt, String problem)
    implements Serializable {
  static TrailVerdict of(TrailCheck check) {
    return check
        .firstBreak()
        .map(b -> new TrailVerdict(check.entries(), check.checkpoints(), b.seq(), b.problem()))
        .orElseGet(() -> new TrailVerdict(check.entries(), check.checkpoints(), 0, ""));
  }

  public boolean ok() {
    return brokenAt == 0 && problem.isEmpty();
  }
}
