package org.securevote.election.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.securevote.integrity.RandomIds;

/** Someone (or something) on an election's ballot. Changed only through its {@link Election}. */
@Entity
@Table(name = "candidate")
public class Candidate {
  @Id private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "election_id")
  private Election election;

  private String name;
  private String description;

  @Column(name = "display_order")
  private int displayOrder;

  protected Candidate() {}

  Candidate(Election election, String name, String description, int displayOrder) {
    this.id = RandomIds.next();
    this.election = election;
    this.name = name;
    this.description = description;
    this.displayOrder = displayOrder;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public int displayOrder() {
    return displayOrder;
  }

  void displayOrder(int order) {
    this.displayOrder = order;
  }
}
