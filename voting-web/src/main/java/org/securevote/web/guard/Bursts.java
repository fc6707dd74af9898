package org.securevote.web.guard;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;

/**
 * Counts events per key (a client address) in windows that start at the key's first event, and
 * tells when a key first goes over the limit within its window, so a burst is reported once, not
 * once per request. The counts live in the data grid, shared by every instance: a key's window
 * start and count are one Long, changed only by compare-and-set, so exactly one event anywhere in
 * the cluster is the one that passes the limit. Nothing but Strings and Longs enters the grid (no
 * class of ours has to load on another instance). Without a grid, or while it fails, this instance
 * counts on its own.
 */
final class Bursts {
  private static final Logger LOG = Logger.getLogger(Bursts.class.getName());
  private static final int COUNT_BITS =
      20; // the start (ms) takes the other 43: until the year 2248
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
  private static final int MAX_LOCAL_KEYS = 100_000;
  private static final int TRIES = 8;

  private final String name;
  private final long limit;
  private final long windowMillis;
  private final Cache<String, Long> grid;
  private final ConcurrentHashMap<String, Long> local = new ConcurrentHashMap<>();
  private final AtomicBoolean warned = new AtomicBoolean();
  private volatile long gridRetryAt;

  /** {@code grid} may be null: counted in this instance only. */
  Bursts(String name, int limit, Duration window, Cache<String, Long> grid) {
    this.name = name;
    this.limit = Math.min(limit, COUNT_MASK - 3);
    this.windowMillis = window.toMillis();
    this.grid = grid;
  }

  /** Counts one event; true exactly when this event takes the key over the limit. */
  boolean overLimit(String key, long nowMillis) {
    String counted = name + ":" + key;
    if (grid != null && nowMillis >= gridRetryAt) {
      try {
        return countInGrid(counted, nowMillis) == limit + 1;
      } catch (RuntimeException e) {
        gridRetryAt = nowMillis + windowMillis; // counted here until then
        if (warned.compareAndSet(false, true)) {
          LOG.log(Level.WARNING, "Data grid unreachable; counting " + name + " bursts locally", e);
        }
      }
    }
    if (local.size() > MAX_LOCAL_KEYS) {
      local.values().removeIf(seen -> ended(seen, nowMillis));
    }
    return count(local.compute(counted, (k, seen) -> next(seen, nowMillis))) == limit + 1;
  }

  /**
   * Two grid operations (a read, then a conditional write), or one once the key's burst has been
   * reported. A lost race reads again; after a few, the event goes uncounted, which can only delay
   * a report, never repeat one.
   */
  private long countInGrid(String counted, long now) {
    for (int i = 0; i < TRIES; i++) {
      Long seen = grid.get(counted);
      long next = next(seen, now);
      if (seen != null && next == seen) {
        return count(next); // reported already in this window: nothing to write
      }
      if (seen == null ? grid.putIfAbsent(counted, next) : grid.replace(counted, seen, next)) {
        return count(next);
      }
    }
    return 0;
  }

  /** The key's value after one more event: a new window, or one more (up to past the limit). */
  private long next(Long seen, long now) {
    if (seen == null || ended(seen, now)) {
      return (now << COUNT_BITS) | 1;
    }
    return count(seen) > limit + 1 ? seen : seen + 1; // stops one past the reporting event
  }

  private boolean ended(long seen, long now) {
    return now >= (seen >>> COUNT_BITS) + windowMillis;
  }

  private static long count(long value) {
    return value & COUNT_MASK;
  }
}
