package org.securevote.web.trustee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.securevote.trustee.boundary.KeyCeremony;
import org.securevote.trustee.boundary.TrusteeSeatView;

/** Backing bean of {@code /trustee/index.xhtml}: the elections the caller holds a key share of. */
@Named
@RequestScoped
public class TrusteeHome {
  @Inject KeyCeremony ceremony;
  private List<TrusteeSeatView> elections;

  public List<TrusteeSeatView> getElections() {
    if (elections == null) {
      elections = ceremony.myElections();
    }
    return elections;
  }
}
