package org.securevote.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.securevote.audit.boundary.TrailVerdict;
import org.securevote.audit.boundary.TrailVerification;

/** Backing bean of {@code /audit/index.xhtml}, with the check of the whole audit trail. */
@Named
@RequestScoped
public class AuditorHome extends SignedInHome {
  @Inject TrailVerification verification;
  private TrailVerdict verdict;

  public void checkTrail() {
    verdict = verification.check();
  }

  /** Null until the auditor asks for the check. */
  public TrailVerdict getVerdict() {
    return verdict;
  }

  public String getPublicKey() {
    return verification.publicKey();
  }
}
