package org.securevote.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Function;
import java.util.function.Supplier;
import org.securevote.audit.boundary.KeysetPage;
import org.securevote.audit.boundary.TrailEntry;
import org.securevote.audit.boundary.TrailQuery;
import org.securevote.audit.boundary.TrailSearch;
import org.securevote.ballot.boundary.BulletinBoard;
import org.securevote.ballot.boundary.PublicElection;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;

/**
 * Backing bean of {@code /audit/trail.xhtml}: the audit trail filtered by time, actor, action and
 * election, newest first, 50 entries a page; with an election, that election's public summary.
 */
@Named
@RequestScoped
public class AuditTrail extends KeysetView<TrailEntry> {
  @Inject TrailSearch trail;
  @Inject BulletinBoard board;

  private String actor;
  private String action;
  private String election;
  private PublicElection summary;

  @Override
  Supplier<KeysetPage<TrailEntry>> filtered() {
    String who = text(actor, 254, Text.of("auditPages.anActor"));
    String what = text(action, 64, Text.of("auditPages.anAction"));
    ElectionId id = electionId();
    String subject = id == null ? null : id.auditName();
    return () -> {
      summary = id == null ? null : summaryOf(id);
      return trail.page(
          new TrailQuery(since(), until(), who, what, subject, olderThan(), newerThan(), PAGE));
    };
  }

  /**
   * The election as the public sees it; null for a draft or no election, whose entries still show.
   */
  private PublicElection summaryOf(ElectionId id) {
    try {
      return board.election(id);
    } catch (NoSuchElection e) {
      return null;
    }
  }

  private ElectionId electionId() {
    String value = text(election, 32, Text.of("auditPages.anElectionId"));
    if (value == null) {
      return null;
    }
    try {
      return new ElectionId(value);
    } catch (IllegalArgumentException e) {
      refuse(Text.of("auditPages.notAnElectionId"));
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
