package org.securevote.ballot.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** What the tally of an election found: counted and rejected ballots, eligible voters. */
@Entity
@Table(name = "tally_report")
public class TallyReport {
  @Id
  @Column(name = "election_id")
  private String electionId;

  private int counted;
  private int rejected;

  @Column(name = "rejected_ids")
  private String rejectedIds;

  private int eligible;
  private int participations;

  @Column(name = "tallied_at")
  private OffsetDateTime talliedAt;

  @Column(name = "duration_millis")
  private long durationMillis;

  protected TallyReport() {}

  public TallyReport(
      String electionId,
      int counted,
      List<String> rejectedIds,
      int eligible,
      int participations,
      Instant talliedAt,
      long durationMillis) {
    this.electionId = electionId;
    this.counted = counted;
    this.rejected = rejectedIds.size();
    this.rejectedIds = String.join(",", rejectedIds);
    this.eligible = eligible;
    this.participations = participations;
    this.talliedAt = talliedAt.atOffset(ZoneOffset.UTC);
    this.durationMillis = durationMillis;
  }

  public int counted() {
    return counted;
  }

  public int rejected() {
    return rejected;
  }

  public List<String> rejectedIds() {
    return rejectedIds.isEmpty() ? List.of() : Arrays.asList(rejectedIds.split(","));
  }

  public int eligible() {
    return eligible;
  }

  /**
   * Voters recorded as having voted; a difference from the ballot count means rows were lost or
   * added.
   */
  public int participations() {
    return participations;
  }

  public Instant talliedAt() {
    return talliedAt.toInstant();
  }

  public long durationMillis() {
    return durationMillis;
  }
}
