package org.securevote.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.ResultSheet;
import org.securevote.ballot.boundary.ResultsNotAvailable;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /public/results.xhtml}: published results for everyone; admins and
 * auditors also see a closed election's results before publication.
 */
@Named
@RequestScoped
public class PublicResults {
  @Inject BulletinBoard board;

  private String election;
  private ResultSheet sheet;

  /**
   * An unknown election is a 404; a public one whose results are not published yet is a 409 with a
   * message saying so, as in the API.
   */
  public void load() {
    try {
      if (!Feedback.attempt(
          () -> sheet = board.results(new ElectionId(election)),
          (Text) null,
          ResultsNotAvailable.class)) {
        Feedback.status(404);
      }
    } catch (ResultsNotAvailable e) {
      Feedback.refused(e);
    }
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election;
  }

  public ResultSheet getSheet() {
    return sheet;
  }
}
