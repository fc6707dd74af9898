package org.securevote.web.support;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/**
 * Runs a page action against a boundary and turns the refusals the business rules give (and invalid
 * input) into messages on the page; anything else propagates to the error page.
 */
public final class Feedback {
  private Feedback() {}

  /** Returns true when the action went through; says nothing when it did. */
  public static boolean attempt(Runnable action) {
    return attempt(action, (Text) null, null);
  }

  /** Returns true when the action went through. */
  public static boolean attempt(Runnable action, Text success) {
    return attempt(action, success, null);
  }

  /**
   * As {@link #attempt(Runnable, Text)}, but a refusal of type {@code answeredByPage} is thrown on
   * to the page, which answers it with a status of its own.
   */
  public static boolean attempt(
      Runnable action, Text success, Class<? extends Refusal> answeredByPage) {
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
      add(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    } catch (ConstraintViolationException e) {
      add(FacesMessage.SEVERITY_ERROR, describe(e));
    } catch (EJBException e) {
      if (e.getCause() instanceof ConstraintViolationException invalid) {
        add(FacesMessage.SEVERITY_ERROR, describe(invalid));
      } else {
        throw e;
      }
    } catch (IllegalArgumentException e) {
      error(Text.of("feedback.notValid"));
    }
    return false;
  }

  /** Sets the HTTP status of the page being rendered, e.g. 404 for an unknown election. */
  public static void status(int code) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
  }

  /** Shows the refusal's message, with the status of its kind. */
  public static void refused(Refusal refusal) {
    add(FacesMessage.SEVERITY_ERROR, refusal.message(locale()));
    status(RefusalStatus.of(refusal.kind()));
  }

  /** The language of the page being rendered. */
  public static java.util.Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() == null
        ? faces.getApplication().getViewHandler().calculateLocale(faces)
        : faces.getViewRoot().getLocale();
  }

  /** A text, in the page's language. */
  public static void error(Text text) {
    add(FacesMessage.SEVERITY_ERROR, text.in(locale()));
  }

  public static void info(Text text) {
    add(FacesMessage.SEVERITY_INFO, text.in(locale()));
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null)); // AfterRedirect carries it
  }

  private static String describe(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(v -> Text.violated(v).in(locale()))
        .sorted()
        .collect(Collectors.joining(" "));
  }
}
