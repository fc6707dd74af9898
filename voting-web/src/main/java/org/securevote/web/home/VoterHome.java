package org.securevote.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.securevote.ballot.boundary.BallotBox;
import org.securevote.ballot.boundary.VoterElection;

/** Backing bean of {@code /vote/index.xhtml}: the voter's elections and whether they voted. */
@Named
@RequestScoped
public class VoterHome extends SignedInHome {
  @Inject BallotBox ballotBox;
  private List<VoterElection> elections;

  public List<VoterElection> getElections() {
    if (elections == null) {
      elections = ballotBox.myElections();
    }
    return elections;
  }
}
