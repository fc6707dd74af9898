package org.securevote.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.EncryptedTotals;
import org.securevote.ballot.boundary.PublicElection;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.integrity.Trackers;
import org.securevote.platform.Text;
import org.securevote.trustee.boundary.KeyPublication;
import org.securevote.web.support.Feedback;

/** Backing bean of {@code /public/board.xhtml}: an election's posted trackers and a look-up. */
@Named
@RequestScoped
public class PublicBoard {
  @Inject BulletinBoard board;
  @Inject KeyPublication keys;
  @Inject HttpServletRequest request;

  private String election;
  private String tracker;
  private PublicElection summary;
  private List<String> trackers;
  private Boolean found;
  private KeyPublication.KeySummary key;
  private EncryptedTotals totals;

  public void load() throws IOException {
    if (trackerInAddress()) {
      return;
    }
    // Only a posted look-up is read: a tracker in the address would stay in logs and history.
    setTracker("POST".equals(request.getMethod()) ? request.getParameter("tracker") : null);
    boolean shown =
        Feedback.attempt(
            () -> {
              ElectionId id = new ElectionId(election);
              summary = board.election(id);
              trackers = board.trackers(id);
              key = keys.summary(id).orElse(null);
              if (summary.status() == ElectionStatus.CLOSED
                  || summary.status() == ElectionStatus.PUBLISHED) {
                totals = board.encryptedTotals(id);
              }
              if (tracker != null && !tracker.isBlank()) {
                String typed = Trackers.normalize(tracker);
                if (Trackers.wellFormed(typed)) {
                  found = trackers.contains(typed);
                } else {
                  Feedback.error(Text.of("board.notATracker"));
                  Feedback.status(400);
                }
              }
            });
    if (!shown) {
      Feedback.status(404);
    }
  }

  /**
   * Sends a look-up that still carries the tracker in its address (an old link or bookmark) to the
   * board without it; the tracker is not looked up.
   */
  private boolean trackerInAddress() throws IOException {
    String query = request.getQueryString();
    if (query == null || !query.matches("(?s)(.*&)?tracker=.*")) {
      return false;
    }
    String board =
        request.getContextPath()
            + "/public/board.xhtml"
            + (election == null
                ? ""
                : "?election=" + URLEncoder.encode(election, StandardCharsets.UTF_8));
    FacesContext.getCurrentInstance().getExternalContext().redirect(board);
    return true;
  }

  public String getNormalizedTracker() {
    return Trackers.normalize(tracker);
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election;
  }

  public String getTracker() {
    return tracker;
  }

  void setTracker(String tracker) {
    // Anything longer is not a tracker; keep a short stand-in so the look-up says so.
    this.tracker = tracker == null || tracker.length() <= 40 ? tracker : "?";
  }

  public PublicElection getSummary() {
    return summary;
  }

  public List<String> getTrackers() {
    return trackers;
  }

  /** The election key and its ceremony fingerprint; null for an election without one. */
  public KeyPublication.KeySummary getKey() {
    return key;
  }

  /** The encrypted totals once voting has closed; null before. */
  public EncryptedTotals getTotals() {
    return totals;
  }

  public Boolean getFound() {
    return found;
  }
}
