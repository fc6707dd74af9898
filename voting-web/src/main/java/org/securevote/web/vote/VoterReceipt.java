package org.securevote.web.vote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.web.support.AfterRedirect;

/** Backing bean of {@code /vote/receipt.xhtml}: the tracker, shown once, right after casting. */
@Named
@RequestScoped
public class VoterReceipt {
  private Receipt receipt;
  private boolean taken;

  public Receipt getReceipt() {
    if (!taken) {
      receipt = (Receipt) AfterRedirect.take(VoterBallot.RECEIPT);
      taken = true;
    }
    return receipt;
  }
}
