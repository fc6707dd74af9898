package org.securevote.web.support;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.securevote.platform.Refusal;

/**
 * Runs a page action against a boundary and turns the refusals the business rules give (and invalid
 * input) into messages on the page; anything else propagates to the error page.
 */
public final class Feedback {
  private Feedback() {}

  /** Returns true when the action went through. */
  public static boolean attempt(Runnable action, String success) {
    return attempt(action, success, null);
  }

  /**
   * As {@link #attempt(Runnable, String)}, but a refusal of type {@code answeredByPage} is thrown
   * on to the page, which answers it with a status of its own.
   */
  public static boolean attempt(
      Runnable action, String success, Class<? extends Refusal> answeredByPage) {
    try {
      action.run();
      if (success != null) {
        info(success);
      }
      return true;
    } catch (Refusal e) {
      if (answeredByPage != null && answeredByPage.isInstance(e)) {
        throw e;
      }
      error(e.getMessage());
    } catch (ConstraintViolationException e) {
      error(describe(e));
    } catch (EJBException e) {
      if (e.getCause() instanceof ConstraintViolationException invalid) {
        error(describe(invalid));
      } else {
        throw e;
      }
    } catch (IllegalArgumentException e) {
      error("That is not a valid value.");
    }
    return false;
  }

  /** Sets the HTTP status of the page being rendered, e.g. 404 for an unknown election. */
  public static void status(int code) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
  }

  /** Shows the refusal's message, with the status of its kind. */
  public static void refused(Refusal refusal) {
    error(refusal.getMessage());
    status(RefusalStatus.of(refusal.kind()));
  }

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null)); // AfterRedirect carries it
  }

  private static String describe(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .collect(Collectors.joining(" "));
  }
}
