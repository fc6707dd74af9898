package org.securevote.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a form post hands to the page it redirects to (its messages; the receipt after casting),
 * kept in the session, which a form post here always has, for that one next page. Not the Faces
 * flash: its cookie outlives a server restart, after which Mojarra logs JSF1094 as SEVERE on every
 * request from that browser. Pages without a session are never given one here.
 */
public class AfterRedirect implements PhaseListener {
  private static final String PREFIX = "org.securevote.afterRedirect.";

  /** Hands a value to the next page of this session. */
  public static void put(String key, Serializable value) {
    session(true).setAttribute(PREFIX + key, value);
  }

  /** The value handed over by the previous request, once; null when there is none. */
  public static Object take(String key) {
    HttpSession session = session(false);
    if (session == null) {
      return null;
    }
    Object value = session.getAttribute(PREFIX + key);
    session.removeAttribute(PREFIX + key);
    return value;
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  /** Shows the messages a redirect carried over, before the page renders them. */
  @Override
  public void beforePhase(PhaseEvent event) {
    if (event.getPhaseId() == PhaseId.RENDER_RESPONSE
        && take("messages") instanceof MessageList carried) {
      FacesContext faces = event.getFacesContext();
      carried.forEach(m -> faces.addMessage(null, m));
    }
  }

  /** Keeps an action's messages when it ends in a redirect, which renders nothing itself. */
  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION
        && faces.getResponseComplete()
        && !faces.getMessageList().isEmpty()
        && faces.getExternalContext().getResponse() instanceof HttpServletResponse response
        && response.getStatus() / 100 == 3) {
      put("messages", new MessageList(faces.getMessageList()));
    }
  }

  private static HttpSession session(boolean create) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return (HttpSession) external.getSession(create);
  }

  /** Messages waiting for the next page. */
  static final class MessageList extends ArrayList<FacesMessage> {
    MessageList(List<FacesMessage> messages) {
      super(messages);
    }
  }
}
