package org.securevote.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.securevote.platform.Refusal;
import org.securevote.web.support.RefusalStatus;
import org.securevote.web.support.ViewerLanguage;

/**
 * Turns every refusal into a status and a JSON message; anything unexpected becomes a bare 500 with
 * no detail, logged here.
 */
@Provider
public class Refusals implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    Throwable e =
        failure instanceof EJBException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (e instanceof WebApplicationException web) {
      Response r = web.getResponse();
      return ApiError.response(
          r.getStatus(),
          web.getMessage() == null ? r.getStatusInfo().getReasonPhrase() : web.getMessage());
    }
    if (e instanceof Refusal refused) {
      return ApiError.response(RefusalStatus.of(refused.kind()), refused.message(language()));
    }
    if (e instanceof EJBAccessException) {
      return ApiError.response(403, "Not allowed.");
    }
    if (e instanceof ProcessingException) {
      return ApiError.response(400, "The request body is not JSON this call takes.");
    }
    if (e instanceof ConstraintViolationException || e instanceof JsonbException) {
      return ApiError.response(400, "The request body is not what this call takes.");
    }
    if (e instanceof IllegalArgumentException) {
      return ApiError.response(404, "There is no such election.");
    }
    LOG.log(Level.SEVERE, "API call failed", failure);
    return ApiError.response(500, "Something went wrong on our side.");
  }

  /** The first of the client's Accept-Language the site speaks; English otherwise. */
  private Locale language() {
    try {
      return headers.getAcceptableLanguages().stream()
          .flatMap(l -> ViewerLanguage.spoken(l.getLanguage()).stream())
          .findFirst()
          .orElse(Locale.ENGLISH);
    } catch (IllegalStateException e) { // no request in scope
      return Locale.ENGLISH;
    }
  }
}
