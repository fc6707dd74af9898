package org.securevote.web.approval;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.securevote.voter.boundary.ChangeApprovals;
import org.securevote.voter.boundary.ChangeRequest;
import org.securevote.web.support.Feedback;

/** What both approval pages do: list the waiting voter changes, approve or refuse one. */
public abstract class ApprovalQueue implements Serializable {
  @Inject ChangeApprovals approvals;

  private List<ChangeRequest> pending;

  public List<ChangeRequest> getPending() {
    if (pending == null) {
      pending = approvals.pending();
    }
    return pending;
  }

  public void approve(ChangeRequest request) {
    Feedback.attempt(
        () -> approvals.approve(request.id()),
        "Approved: "
            + request.change().in(Feedback.locale())
            + " for voter "
            + request.voterRef()
            + ".");
    pending = null;
  }

  public void refuse(ChangeRequest request) {
    Feedback.attempt(
        () -> approvals.refuse(request.id()),
        "Refused: "
            + request.change().in(Feedback.locale())
            + " for voter "
            + request.voterRef()
            + ".");
    pending = null;
  }
}
