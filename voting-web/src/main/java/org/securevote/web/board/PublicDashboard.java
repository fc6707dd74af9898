package org.securevote.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.securevote.ballot.boundary.Dashboards;
import org.securevote.ballot.boundary.ElectionDashboard;
import org.securevote.ballot.entity.TurnoutSample;
import org.securevote.election.entity.ElectionId;
import org.securevote.web.support.Feedback;

/**
 * Backing bean of {@code /public/dashboard.xhtml}: the page drawn on the server, complete without a
 * script; dashboard.js then refreshes its figures from the same data in the API.
 */
@Named
@RequestScoped
public class PublicDashboard {
  /** The chart's drawing box, as in dashboard.js: 100 wide, 40 high. */
  private static final double WIDTH = 100;

  private static final double HEIGHT = 40;

  @Inject Dashboards dashboards;

  private String election;
  private ElectionDashboard view;

  public void load() {
    if (!Feedback.attempt(() -> view = dashboards.of(new ElectionId(election)))) {
      Feedback.status(404);
    }
  }

  /**
   * The turnout line: time from opening to closing across, share of the roll up; the same
   * arithmetic as dashboard.js.
   */
  public String getTurnoutPoints() {
    return points(view.turnout(), view.opensAt(), view.closesAt(), view.eligible());
  }

  static String points(List<TurnoutSample> samples, Instant opens, Instant closes, long eligible) {
    double span = Math.max(1, closes.toEpochMilli() - opens.toEpochMilli());
    double roll = Math.max(1, eligible);
    return samples.stream()
        .map(
            s -> {
              double x = (s.minute().toEpochMilli() - opens.toEpochMilli()) / span * WIDTH;
              double y = HEIGHT - Math.min(1, s.ballots() / roll) * HEIGHT;
              return String.format(Locale.ROOT, "%.2f,%.2f", Math.max(0, Math.min(WIDTH, x)), y);
            })
        .collect(Collectors.joining(" "));
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election;
  }

  public ElectionDashboard getView() {
    return view;
  }
}
