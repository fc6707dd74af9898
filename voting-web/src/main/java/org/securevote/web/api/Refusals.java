package org.securevote.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.securevote.ballot.boundary.BallotRefused;
import org.securevote.ballot.boundary.ResultsNotAvailable;
import org.securevote.ballot.control.OutsideVotingWindow;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.control.OutsideAllowedNetwork;

/**
 * Turns every refusal into a status and a JSON message; anything unexpected becomes a bare 500 with
 * no detail, logged here.
 */
@Provider
public class Refusals implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

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
    if (e instanceof BallotRefused refused) {
      return ApiError.response(status(refused.kind()), refused.getMessage());
    }
    if (e instanceof OutsideVotingWindow) {
      return ApiError.response(409, e.getMessage());
    }
    if (e instanceof OutsideAllowedNetwork) {
      return ApiError.response(403, e.getMessage());
    }
    if (e instanceof EJBAccessException) {
      return ApiError.response(403, "Not allowed.");
    }
    if (e instanceof NoSuchElection) {
      return ApiError.response(404, e.getMessage());
    }
    if (e instanceof ProcessingException) {
      return ApiError.response(400, "The request body is not JSON this call takes.");
    }
    if (e instanceof ResultsNotAvailable) {
      return ApiError.response(409, e.getMessage()); // the election is public, its results not yet
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

  private static int status(BallotRefused.Kind kind) {
    return switch (kind) {
      case ALREADY_VOTED -> 409;
      case NO_SUCH_CANDIDATE -> 422;
      case NOT_A_VOTER, NOT_ON_ROLL, CODE_NEEDED -> 403;
    };
  }
}
