package org.securevote.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securevote.ballot.boundary.ElectionTurnout;
import org.securevote.election.boundary.ElectionAdministration;
import org.securevote.election.boundary.ElectionSummary;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionTerms;
import org.securevote.platform.Text;
import org.securevote.web.support.Feedback;
import org.securevote.web.support.ViewerZone;

/** Backing bean of {@code /admin/elections.xhtml}: the list, and the form for a new election. */
@Named
@RequestScoped
public class AdminElections {
  @Inject ElectionAdministration administration;
  @Inject ElectionTurnout turnouts;
  @Inject ViewerZone zone;

  private List<ElectionSummary> elections;
  private final Map<String, ElectionTurnout.Figures> turnout = new HashMap<>();
  private final TermsForm form = new TermsForm();

  public List<ElectionSummary> getElections() {
    if (elections == null) {
      elections = administration.elections();
    }
    return elections;
  }

  /** Turnout of a listed election, read once per request. */
  public ElectionTurnout.Figures turnout(String electionId) {
    return turnout.computeIfAbsent(electionId, id -> turnouts.of(new ElectionId(id)));
  }

  public TermsForm getForm() {
    return form;
  }

  public String create() {
    Optional<ElectionTerms> terms = form.terms(zone);
    if (terms.isEmpty()) {
      return null;
    }
    ElectionId[] created = new ElectionId[1];
    if (Feedback.attempt(
        () -> created[0] = administration.create(terms.get()), Text.of("adminElection.created"))) {
      return "/admin/election?faces-redirect=true&id=" + created[0].value();
    }
    return null;
  }
}
