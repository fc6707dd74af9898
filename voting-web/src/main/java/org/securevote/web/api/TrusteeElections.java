package org.securevote.web.api;

import static org.securevote.account.entity.Role.Names.TRUSTEE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.securevote.ballot.boundary.BallotsHead;
import org.securevote.ballot.boundary.DecryptionState;
import org.securevote.ballot.boundary.Decryptions;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;

/**
 * A signed-in trustee's decryption calls, which the trustee page links and scripts may use: the
 * election's BALLOTS.json (streamed) after closing, and sending the partial decryptions file that
 * {@code trustee decrypt} wrote, as the request body. {@link Decryptions} checks everything.
 */
// Beside TrusteeFiles (trustee/elections/{id}): a path of its own, since JAX-RS matches one
// resource class per request and would not look for these methods in the other.
@Path("trustee/elections/{id}/decryption")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = Api.COOKIE)
public class TrusteeElections {
  /** A partial decryptions file is about 250 bytes per candidate. */
  static final int MAX_FILE_CHARS = 64 * 1024;

  @Inject Decryptions decryptions;
  @Context HttpServletRequest request;

  @GET
  public DecryptionState state(@PathParam("id") String id) {
    signedInTrustee();
    return decryptions.state(new ElectionId(id));
  }

  @GET
  @Path("ballots")
  public Response ballots(@PathParam("id") String id) {
    signedInTrustee();
    ElectionId election = new ElectionId(id);
    BallotsHead head = decryptions.ballotsHead(election);
    StreamingOutput body =
        out -> RecordJson.ballotsFile(head, after -> decryptions.ballots(election, after), out);
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"BALLOTS.json\"")
        .build();
  }

  @POST
  @Path("partials")
  @Consumes(MediaType.APPLICATION_JSON)
  public DecryptionState partials(@PathParam("id") String id, String file) {
    signedInTrustee();
    if (file == null || file.isBlank() || file.length() > MAX_FILE_CHARS) {
      throw new CallRefused(400, Text.of("api.partialsFile"));
    }
    return decryptions.submit(new ElectionId(id), file);
  }

  private void signedInTrustee() {
    if (request.getUserPrincipal() == null || !request.isUserInRole(TRUSTEE)) {
      throw new CallRefused(401, Text.of("api.signInAsTrustee"));
    }
  }
}
