package org.securevote.web.audit;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.securevote.audit.boundary.KeysetPage;
import org.securevote.platform.Text;
import org.securevote.web.support.Feedback;
import org.securevote.web.support.ViewerZone;

/**
 * A list an auditor filters and pages through by GET parameters, newest first: {@code from} and
 * {@code to} in the viewer's time zone, and {@code older} or {@code newer} than a row's key. Input
 * that cannot be a filter is named in a message and answered with 400, and nothing is read.
 */
abstract class KeysetView<T> {
  static final int PAGE = 50;
  private final List<Text> refusals = new ArrayList<>();
  private String from;
  private String to;
  private String older;
  private String newer;
  private Instant since;
  private Instant until;
  private Long olderThan;
  private Long newerThan;
  private KeysetPage<T> page;

  @Inject ViewerZone zone;

  /** Reads the filters, then the page, unless a filter could not be read: then 400 and why. */
  public void load() {
    readRange();
    Supplier<KeysetPage<T>> read = filtered();
    if (!refusedInput()) {
      page = read.get();
    }
  }

  /** Reads the page's own filters, noting what cannot be read; returns how to read its page. */
  abstract Supplier<KeysetPage<T>> filtered();

  /** Reads the time range and the position; notes what cannot be read. */
  private void readRange() {
    since = time(zone, from, Text.of("auditPages.fromNotATime"));
    until = time(zone, to, Text.of("auditPages.toNotATime"));
    if (since != null && until != null && !since.isBefore(until)) {
      refusals.add(Text.of("auditPages.fromAfterTo"));
    }
    olderThan = key(older, "older");
    newerThan = key(newer, "newer");
  }

  /**
   * A filter of at most {@code max} characters, null when blank, refused when longer; {@code name}
   * is how the refusal names it ("An actor").
   */
  String text(String value, int max, Text name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max) {
      refusals.add(Text.of("auditPages.tooLong", name, max));
      return null;
    }
    return value.strip();
  }

  /** Notes a refusal of the page's own filters. */
  void refuse(Text reason) {
    refusals.add(reason);
  }

  /** Shows what could not be read, answered with 400; true when there was something. */
  private boolean refusedInput() {
    refusals.forEach(Feedback::error);
    if (!refusals.isEmpty()) {
      Feedback.status(400);
    }
    return !refusals.isEmpty();
  }

  private Instant time(ViewerZone zone, String value, Text unreadable) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<Instant> read = value.length() > 40 ? Optional.empty() : zone.parse(value);
    if (read.isEmpty()) {
      refusals.add(unreadable);
    }
    return read.orElse(null);
  }

  private Long key(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long key = Long.parseLong(value.strip());
      if (key > 0) {
        return key;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    refusals.add(Text.of("auditPages.notAPosition", name));
    return null;
  }

  Instant since() {
    return since;
  }

  Instant until() {
    return until;
  }

  Long olderThan() {
    return olderThan;
  }

  Long newerThan() {
    return newerThan;
  }

  private boolean readingNewer() {
    return olderThan == null && newerThan != null;
  }

  public List<T> getRows() {
    return page == null ? List.of() : page.rows();
  }

  /** Whether a page of older rows follows this one. */
  public boolean isOlderAvailable() {
    return !getRows().isEmpty() && (readingNewer() || page.more());
  }

  /** Whether newer rows precede this page. */
  public boolean isNewerAvailable() {
    return !getRows().isEmpty() && (readingNewer() ? page.more() : olderThan != null);
  }

  /** Whether this is not the newest page, so a link back to it helps. */
  public boolean isPaged() {
    return olderThan != null || newerThan != null;
  }

  /** The key of the last (oldest) row shown, for the "older" link. */
  public Long getOldestKey() {
    return getRows().isEmpty() ? null : keyOf().apply(getRows().get(getRows().size() - 1));
  }

  /** The key of the first (newest) row shown, for the "newer" link. */
  public Long getNewestKey() {
    return getRows().isEmpty() ? null : keyOf().apply(getRows().get(0));
  }

  abstract Function<T, Long> keyOf();

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getOlder() {
    return older;
  }

  public void setOlder(String older) {
    this.older = older;
  }

  public String getNewer() {
    return newer;
  }

  public void setNewer(String newer) {
    this.newer = newer;
  }
}
