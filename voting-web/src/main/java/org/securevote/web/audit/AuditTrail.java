package org.securevote.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Function;
import org.securevote.audit.boundary.TrailEntry;
import org.securevote.audit.boundary.TrailQuery;
import org.securevote.audit.boundary.TrailSearch;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.PublicElection;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.ElectionId;
import org.securevote.web.support.ViewerZone;

/**
 * Backing bean of {@code /audit/trail.xhtml}: the audit trail filtered by time, actor, action and
 * election, newest first, 50 entries a page; with an election, that election's public summary.
 */
@Named
@RequestScoped
public class AuditTrail extends KeysetView<TrailEntry> {
  @Inject TrailSearch trail;
  @Inject BulletinBoard board;
  @Inject ViewerZone zone;

  private String actor;
  private String action;
  private String election;
  private PublicElection summary;

  public void load() {
    readRange(zone);
    String who = text(actor, 254, "An actor");
    String what = text(action, 64, "An action");
    ElectionId id = electionId();
    if (refusedInput()) {
      return;
    }
    String subject = id == null ? null : id.auditName();
    show(
        trail.page(
            new TrailQuery(since(), until(), who, what, subject, olderThan(), newerThan(), PAGE)));
    if (id != null) {
      try {
        summary = board.election(id);
      } catch (NoSuchElection e) {
        summary = null; // a draft, or no election: its entries, if any, are still listed
      }
    }
  }

  private ElectionId electionId() {
    String value = text(election, 32, "An election id");
    if (value == null) {
      return null;
    }
    try {
      return new ElectionId(value);
    } catch (IllegalArgumentException e) {
      refuse("An election id has 32 letters a-f and digits.");
      return null;
    }
  }

  @Override
  Function<TrailEntry, Long> keyOf() {
    return TrailEntry::seq;
  }

  /** The filtered election's public summary; null without one, or for a draft or unknown id. */
  public PublicElection getSummary() {
    return summary;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getElection() {
    return election;
  }

  public void setElection(String election) {
    this.election = election;
  }
}
