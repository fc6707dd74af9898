package org.securevote.web.api;

import static org.securevote.account.entity.Role.Names.VOTER;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.BallotPaper;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.ballot.boundary.VoterElection;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;

/**
 * A signed-in voter's calls: their elections, a ballot paper (with the election key and the
 * candidates in ballot order), and casting an encrypted ballot. Casting goes through {@link
 * BallotBox#cast}, so the proofs, the voting window, the election's networks, the one-time code and
 * the one-ballot rule are the same as on the ballot page. Machine clients encrypt themselves.
 */
@Path("vote/elections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@SecurityRequirement(name = Api.COOKIE)
public class VoterElections {
  @Inject BallotBox ballotBox;
  @Context HttpServletRequest request;

  @GET
  public List<VoterElection> elections() {
    signedInVoter();
    return ballotBox.myElections();
  }

  @GET
  @Path("{id}/ballot")
  public BallotPaper paper(@PathParam("id") String id) {
    signedInVoter();
    return ballotBox.paper(new ElectionId(id));
  }

  @POST
  @Path("{id}/ballot")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response cast(@PathParam("id") String id, String ballot) {
    signedInVoter();
    Receipt receipt = ballotBox.cast(new ElectionId(id), ballot == null ? "" : ballot);
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  private void signedInVoter() {
    if (request.getUserPrincipal() == null || !request.isUserInRole(VOTER)) {
      throw new CallRefused(401, Text.of("api.signInAsVoter"));
    }
  }
}
