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
import org.securevote.platform.Text;
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
    if (e instanceof CallRefused refused) {
      return refusal(refused.getResponse().getStatus(), refused.text());
    }
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
      return refusal(403, Text.of("api.notAllowed"));
    }
    if (e instanceof ProcessingException) {
      return refusal(400, Text.of("api.notJson"));
    }
    if (e instanceof ConstraintViolationException || e instanceof JsonbException) {
      return refusal(400, Text.of("api.notWhatThisCallTakes"));
    }
    if (e instanceof IllegalArgumentException) {
      return refusal(404, Text.of("api.noSuchElection"));
    }
    LOG.log(Level.SEVERE, "API call failed", failure);
    return refusal(500, Text.of("api.ourSide"));
  }

  /** A fixed answer, in the client's language. */
  private Response refusal(int status, Text text) {
    return ApiError.response(status, text.in(language()));
  }

  /** The first of the client's Accept-Language the site speaks; English otherwise. */
  private Locale language() {
    try {
      return ViewerLanguage.firstSpoken(headers.getAcceptableLanguages());
    } catch (IllegalStateException e) { // no request in scope
      return Locale.ENGLISH;
    }
  }
}
