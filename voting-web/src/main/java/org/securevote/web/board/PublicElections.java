package org.securevote.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.PublicElection;

/** Backing bean of {@code /public/elections.xhtml}. */
@Named
@RequestScoped
public class PublicElections {
  @Inject BulletinBoard board;
  private List<PublicElection> elections;

  public List<PublicElection> getElections() {
    if (elections == null) {
      elections = board.elections();
    }
    return elections;
  }
}
