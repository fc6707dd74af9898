package org.securevote.web.guard;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a client address) in fixed windows and tells when a key first goes over
 * the limit within a window, so a burst is reported once, not once per request. Kept in this
 * instance's memory: each instance watches the traffic it serves.
 */
final class Bursts {
  private static final int MAX_KEYS = 100_000;

  private final int limit;
  private final long windowMillis;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  Bursts(int limit, Duration window) {
    this.limit = limit;
    this.windowMillis = window.toMillis();
  }

  /** Counts one event; true exactly when this event takes the key over the limit. */
  boolean overLimit(String key, long nowMillis) {
    if (windows.size() > MAX_KEYS) {
      windows.values().removeIf(w -> w.endsAt <= nowMillis);
    }
    Window w =
        windows.compute(
            key,
            (k, old) ->
                old == null || old.endsAt <= nowMillis
                    ? new Window(nowMillis + windowMillis, 1)
                    : new Window(old.endsAt, old.count + 1));
    return w.count == limit + 1;
  }

  private record Window(long endsAt, int count) {}
}
