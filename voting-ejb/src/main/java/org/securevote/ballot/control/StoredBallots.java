package org.securevote.ballot.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.securevote.ballot.entity.TallyReport;

/**
 * An election's stored ballots in tracker order (the bulletin board's order), a page at a time:
 * keyset paging on the unique (election, tracker) key, so reading 100,000 ballots never holds more
 * than one page, and rows come back as plain values, not managed entities.
 */
@Dependent
public class StoredBallots {
  /** Ballots per page: a few hundred kilobytes of JSON. */
  public static final int PAGE = 500;

  @PersistenceContext EntityManager em;

  /** A stored ballot as the record lists it; content is null for a ballot of the sealed scheme. */
  public record Stored(
      String id, String tracker, String encryptedBy, String receipt, String content) {}

  /** Ballots in tracker order; {@code next} is where the following page starts, null at the end. */
  public record Page(List<Stored> ballots, String next) {}

  /**
   * The next page of the ballots the tally added up, leaving out those it rejected (which the
   * election record cannot list as ballots and the tally did not count).
   */
  public Page counted(String electionId, String after) {
    Set<String> rejected = Set.copyOf(em.find(TallyReport.class, electionId).rejectedIds());
    List<Stored> page = after(electionId, after, PAGE);
    return new Page(
        page.stream().filter(b -> b.content() != null && !rejected.contains(b.id())).toList(),
        page.size() < PAGE ? null : page.get(page.size() - 1).tracker());
  }

  /** Up to {@code max} ballots whose tracker sorts after {@code after} ("" for the first page). */
  public List<Stored> after(String electionId, String after, int max) {
    return page("", electionId, after, max);
  }

  /** Which ballots a pass over an election takes, by whether the running tally holds them. */
  enum Among {
    ALL(""),
    SUMMED(" and summed"),
    UNSUMMED(" and not summed");

    private final String condition;

    Among(String condition) {
      this.condition = condition;
    }
  }

  /** Hands each of those ballots, in tracker order, to {@code each}, reading a page at a time. */
  void forEach(String electionId, Among among, Consumer<Stored> each) {
    String after = "";
    for (List<Stored> page = page(among.condition, electionId, after, PAGE);
        !page.isEmpty();
        page = page(among.condition, electionId, after, PAGE)) {
      page.forEach(each);
      after = page.get(page.size() - 1).tracker();
    }
  }

  private List<Stored> page(String condition, String electionId, String after, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, tracker, encrypted_by, receipt, content from ballot"
                    + " where election_id = ?1 and tracker > ?2"
                    + condition
                    + " order by tracker limit ?3")
            .setParameter(1, electionId)
            .setParameter(2, after)
            .setParameter(3, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Stored(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }
}
