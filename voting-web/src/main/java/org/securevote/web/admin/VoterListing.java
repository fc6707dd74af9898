package org.securevote.web.admin;

import java.io.Serializable;
import java.util.List;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;
import org.securevote.voter.boundary.VoterPage;
import org.securevote.voter.boundary.VoterQuery;
import org.securevote.voter.boundary.VoterRegistry;
import org.securevote.voter.boundary.VoterSummary;
import org.securevote.web.support.Feedback;

/**
 * A searchable list of voters, a page at a time by keyset (after or before a voter ID, from the
 * view parameters {@code after}, {@code before} and {@code q}), so a roll of any size costs one
 * page to show.
 */
public class VoterListing implements Serializable {
  static final int PAGE = 50;
  private static final int MAX_SEARCH = 200;

  private String search;
  private String after;
  private String before;
  private VoterPage page;
  private long total;

  /** Reads the page; voters of the election's roll, or all voters when it is null. */
  void load(VoterRegistry registry, ElectionId election) {
    if (search != null && search.length() > MAX_SEARCH) {
      Feedback.error(Text.of("adminVoters.searchTooLong", MAX_SEARCH));
      Feedback.status(400);
      search = null;
    }
    VoterQuery query =
        new VoterQuery(
            election == null ? null : election.value(), search, ref(after), ref(before), PAGE);
    page = registry.page(query);
    total = registry.count(query);
  }

  /** Shows the voters matching {@code search} from the first page, e.g. the one just added. */
  void show(String search) {
    setSearch(search);
    after = null;
    before = null;
  }

  /** A voter ID from a link, or null when it cannot be one. */
  private static String ref(String value) {
    return value == null || value.isBlank() || value.length() > 64 ? null : value;
  }

  private boolean backwards() {
    return ref(before) != null;
  }

  public List<VoterSummary> getRows() {
    return page == null ? List.of() : page.voters();
  }

  public long getTotal() {
    return total;
  }

  public boolean isNext() {
    return !getRows().isEmpty() && (backwards() || page.more());
  }

  public boolean isPrevious() {
    return !getRows().isEmpty() && (backwards() ? page.more() : ref(after) != null);
  }

  public String getFirstRef() {
    return getRows().isEmpty() ? null : getRows().get(0).voterRef();
  }

  public String getLastRef() {
    return getRows().isEmpty() ? null : getRows().get(getRows().size() - 1).voterRef();
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search == null || search.isBlank() ? null : search.strip();
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }
}
