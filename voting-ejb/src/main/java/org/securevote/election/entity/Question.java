package org.securevote.election.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.securevote.integrity.RandomIds;
import org.securevote.tools.crypto.ChoiceBounds;

/**
 * A further question on an election's ballot (e.g. a motion after the board seat), with its own
 * answers among the election's candidates and its own bounds. Changed only through its {@link
 * Election}.
 */
@Entity
@Table(name = "question")
public class Question {
  @Id private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "election_id")
  private Election election;

  private String title;

  @Column(name = "min_choices")
  private int minChoices;

  @Column(name = "max_choices")
  private int maxChoices;

  @Column(name = "display_order")
  private int displayOrder;

  protected Question() {}

  Question(Election election, String title, ChoiceBounds bounds, int displayOrder) {
    this.id = RandomIds.next();
    this.election = election;
    this.title = title;
    this.minChoices = bounds.min();
    this.maxChoices = bounds.max();
    this.displayOrder = displayOrder;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public ChoiceBounds bounds() {
    return new ChoiceBounds(minChoices, maxChoices);
  }

  /** 1 for the first further question: the election's own candidates come before it (0). */
  public int displayOrder() {
    return displayOrder;
  }

  void displayOrder(int order) {
    this.displayOrder = order;
  }
}
