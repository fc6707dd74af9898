package org.securevote.ballot.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.securevote.ballot.control.Turnout;
import org.securevote.election.entity.ElectionId;

/** Live turnout of any election, drafts included, for the election office. */
@Stateless
@RolesAllowed({ADMIN, AUDITOR})
public class ElectionTurnout {
  @Inject Turnout turnout;

  /** How many are on the roll and how many ballots are in: counts only, never partial results. */
  public record Figures(long eligible, long ballotsCast) implements Serializable {}

  public Figures of(@NotNull ElectionId id) {
    return new Figures(turnout.eligible(id), turnout.ballotsCast(id));
  }
}
