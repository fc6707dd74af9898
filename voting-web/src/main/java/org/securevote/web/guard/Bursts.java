package org.securevote.web.guard;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;

/**
 * Counts events per key (a client address) in fixed windows and tells when a key first goes over
 * the limit within a window, so a burst is reported once, not once per request. The counts live in
 * the data grid, shared by every instance: each key's count in a window is one Long, raised only by
 * compare-and-set, so exactly one event anywhere in the cluster is the one that passes the limit.
 * Nothing but Strings and Longs enters the grid (no class of ours has to load on another instance).
 * Without a grid, or while it fails, this instance counts on its own.
 */
final class Bursts {
  private static final Logger LOG = Logger.getLogger(Bursts.class.getName());
  private static final int MAX_LOCAL_KEYS = 100_000;
  private static final int TRIES = 8;

  private final String name;
  private final int limit;
  private final long windowMillis;
  private final Cache<String, Long> grid;
  private final ConcurrentHashMap<String, Long> local = new ConcurrentHashMap<>();
  private final AtomicLong localWindow = new AtomicLong(Long.MIN_VALUE);
  private final AtomicBoolean warned = new AtomicBoolean();
  private volatile long gridRetryAt;

  /** {@code grid} may be null: counted in this instance only. */
  Bursts(String name, int limit, Duration window, Cache<String, Long> grid) {
    this.name = name;
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.grid = grid;
  }

  /** Counts one event; true exactly when this event takes the key over the limit. */
  boolean overLimit(String key, long nowMillis) {
    long window = nowMillis / windowMillis;
    String counted = name + ":" + window + ":" + key;
    if (grid != null && nowMillis >= gridRetryAt) {
      try {
        return countInGrid(counted) == limit + 1L;
      } catch (RuntimeException e) {
        gridRetryAt = nowMillis + windowMillis; // counted here until then
        if (warned.compareAndSet(false, true)) {
          LOG.log(Level.WARNING, "Data grid unreachable; counting " + name + " bursts locally", e);
        }
      }
    }
    return countLocally(counted, window) == limit + 1L;
  }

  /**
   * Usually two grid operations (a read, then a conditional write); one once the key is over its
   * limit, as its burst has been reported. A lost race reads again; after a few, the event goes
   * uncounted, which can only delay a report, never repeat one.
   */
  private long countInGrid(String counted) {
    for (int i = 0; i < TRIES; i++) {
      Long seen = grid.get(counted);
      if (seen == null) {
        if (grid.putIfAbsent(counted, 1L)) {
          return 1;
        }
      } else if (seen > limit) {
        return seen + 1;
      } else if (grid.replace(counted, seen, seen + 1)) {
        return seen + 1;
      }
    }
    return 0;
  }

  private long countLocally(String counted, long window) {
    long current = localWindow.get();
    if ((window > current && localWindow.compareAndSet(current, window))
        || local.size() > MAX_LOCAL_KEYS) {
      local.clear(); // windows are aligned for all keys: the older ones are over
    }
    return local.merge(counted, 1L, Long::sum);
  }
}
