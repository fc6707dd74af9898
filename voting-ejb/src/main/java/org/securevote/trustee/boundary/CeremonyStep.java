package org.securevote.trustee.boundary;

import java.util.List;
import org.securevote.audit.control.AuditSubject;
import org.securevote.platform.Text;

/**
 * What a ceremony step did, for the page and the audit trail (never a secret): the audit trail
 * keeps its English words. An appointment names the trustees whose invitation could not be emailed
 * ({@code undelivered}); appointing them again sends it again.
 */
public record CeremonyStep(String electionId, Text did, boolean completed, List<String> undelivered)
    implements AuditSubject {
  public CeremonyStep {
    undelivered = List.copyOf(undelivered);
  }

  public CeremonyStep(String electionId, Text did, boolean completed) {
    this(electionId, did, completed, List.of());
  }

  @Override
  public String auditName() {
    return "election:" + electionId;
  }

  @Override
  public String auditDetail() {
    return completed ? did.english() + "; ceremony complete, election key adopted" : did.english();
  }
}
