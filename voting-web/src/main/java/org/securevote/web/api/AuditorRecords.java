package org.securevote.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.ballot.boundary.ElectionRecords;

/**
 * The auditors' read-only API under {@code /api/audit}, for machine clients with an auditor token
 * (Authorization: Bearer, see BearerSignIn); a session cookie is never enough here. The trail's
 * browse query ({@code GET /api/audit/trail}) and its CSV export ({@code GET /api/audit/trail.csv})
 * belong in this class too.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@BearerOnly
@SecurityRequirement(name = Api.BEARER)
public class AuditorRecords {
  @Inject ElectionRecords records;
  @Inject SuspiciousActivity suspicious;

  /**
   * An election's record once its results are decrypted (auditors need not wait for publishing).
   */
  @GET
  @Path("elections/{id}/record")
  public Response record(@PathParam("id") String id) {
    return RecordJson.download(records, id);
  }

  /** The latest suspicious events, newest first: {@code limit} from 1 to 1000 (default 100). */
  @GET
  @Path("suspicious")
  public List<SuspiciousActivity.Event> suspicious(
      @QueryParam("limit") @DefaultValue("100") String limit) {
    int count;
    try {
      count = Integer.parseInt(limit);
    } catch (NumberFormatException e) {
      count = 0;
    }
    if (count < 1 || count > 1000) {
      throw new BadRequestException("limit must be a whole number from 1 to 1000.");
    }
    return suspicious.recent(count);
  }
}
