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

  /** The further question this is an answer to; none for the election's own first question. */
  @ManyToOne
  @JoinColumn(name = "question_id")
  private Question question;

  protected Candidate() {}

  Candidate(
      Election election, Question question, String name, String description, int displayOrder) {
    this.id = RandomIds.next();
    this.election = election;
    this.question = question;
    this.name = name;
    this.description = description;
    this.displayOrder = displayOrder;
  }

  public java.util.Optional<Question> question() {
    return java.util.Optional.ofNullable(question);
  }

  /**
   * Its name as the record, the results and a challenged ballot give it: a further question's
   * answer is named with the question ("Adopt the statutes?: Yes"), so every name on a ballot is
   * distinct.
   */
  public String ballotName() {
    return question == null ? name : question.title() + ": " + name;
  }

  /** Where its question stands on the ballot: 0 for the election's own, then 1, 2, ... */
  int questionRank() {
    return question == null ? 0 : question.displayOrder();
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
