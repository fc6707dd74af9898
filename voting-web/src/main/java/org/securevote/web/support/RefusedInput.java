package org.securevote.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form sent back with error messages (a failed validation or a refused action) is answered with
 * 400 Bad Request, the page and its messages as the body, unless the page set its own 4xx.
 */
public class RefusedInput implements PhaseListener {
  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback()) {
      return;
    }
    FacesMessage.Severity worst = faces.getMaximumSeverity();
    boolean refused =
        faces.isValidationFailed()
            || (worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0);
    if (refused
        && faces.getExternalContext().getResponse() instanceof HttpServletResponse response
        && response.getStatus() < 400) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}
}
