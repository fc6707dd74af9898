package org.securevote.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.Dashboards;
import org.securevote.ballot.boundary.ElectionDashboard;
import org.securevote.ballot.boundary.ElectionRecords;
import org.securevote.ballot.boundary.EncryptedTotals;
import org.securevote.ballot.boundary.PublicElection;
import org.securevote.ballot.boundary.ResultSheet;
import org.securevote.election.entity.ElectionId;
import org.securevote.trustee.boundary.KeyPublication;

/** The public record as JSON: elections, their bulletin boards and published results. */
@Path("public/elections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PublicElections {
  @Inject BulletinBoard board;
  @Inject KeyPublication keys;
  @Inject ElectionRecords records;
  @Inject Dashboards dashboards;

  @GET
  public List<PublicElection> elections() {
    return board.elections();
  }

  @GET
  @Path("{id}")
  public PublicElection election(@PathParam("id") String id) {
    return board.election(new ElectionId(id));
  }

  /** The posted trackers, in the board's (shuffled) order. */
  @GET
  @Path("{id}/board")
  public Board board(@PathParam("id") String id) {
    ElectionId election = new ElectionId(id);
    return new Board(board.election(election).id(), board.trackers(election));
  }

  @GET
  @Path("{id}/results")
  public ResultSheet results(@PathParam("id") String id) {
    return board.results(new ElectionId(id));
  }

  /**
   * The election key its trustees made, with their public files and the ceremony fingerprint; once
   * the election is scheduled (404 for drafts).
   */
  @GET
  @Path("{id}/key")
  public String key(@PathParam("id") String id) {
    return keys.json(new ElectionId(id));
  }

  /**
   * The live dashboard's figures: turnout now and per minute while voting is open, and the results
   * once the caller may see them (null before); the dashboard page polls it.
   */
  @GET
  @Path("{id}/dashboard")
  public ElectionDashboard dashboard(@PathParam("id") String id) {
    return dashboards.of(new ElectionId(id));
  }

  /**
   * The encrypted totals the tally published at closing, per candidate and with the number of
   * ballots added up: 409 before voting closes.
   */
  @GET
  @Path("{id}/totals")
  public EncryptedTotals totals(@PathParam("id") String id) {
    return board.encryptedTotals(new ElectionId(id));
  }

  /**
   * The election record, streamed ballot by ballot: 404 for an unknown election, 409 while the
   * caller may not see its results (ResultsRelease).
   */
  @GET
  @Path("{id}/record")
  public Response record(@PathParam("id") String id) {
    return RecordJson.download(records, id);
  }

  /** An election's bulletin board. */
  public record Board(String election, List<String> trackers) {}
}
