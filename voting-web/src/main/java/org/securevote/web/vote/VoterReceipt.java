package org.securevote.web.vote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.securevote.ballot.boundary.Receipt;

/** Backing bean of {@code /vote/receipt.xhtml}: the tracker, shown once, right after casting. */
@Named
@RequestScoped
public class VoterReceipt {
  public Receipt getReceipt() {
    return (Receipt)
        FacesContext.getCurrentInstance().getExternalContext().getFlash().get(VoterBallot.RECEIPT);
  }
}
