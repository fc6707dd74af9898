package org.securevote.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form posted with a view state the server no longer has (an old tab, a forged request) is the
 * client's problem: answer 400 with the expired-page message, not a 500.
 */
public class ExpiredViews extends ExceptionHandlerFactory {
  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        if (thrown instanceof ViewExpiredException
            || thrown.getCause() instanceof ViewExpiredException) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          try {
            faces.getExternalContext().responseSendError(400, "expired");
          } catch (IOException e) {
            throw new FacesException(e);
          }
          faces.responseComplete();
        }
      }
      getWrapped().handle();
    }
  }
}
