package org.securevote.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * The data-grid caches that hold burst counts, one per window length. A count left alone for two
 * windows is dropped: its window is over by then, so the grid holds only addresses seen lately.
 */
@ApplicationScoped
public class BurstGrid {
  private static final Logger LOG = Logger.getLogger(BurstGrid.class.getName());

  @Inject CacheManager manager;

  /** The counts for this window length, or null (counted per instance) when there is no grid. */
  Cache<String, Long> forWindow(Duration window) {
    String name = "securevote-bursts-" + window.toSeconds() + "s";
    MutableConfiguration<String, Long> config =
        new MutableConfiguration<String, Long>()
            .setTypes(String.class, Long.class)
            .setExpiryPolicyFactory(
                ModifiedExpiryPolicy.factoryOf(
                    new javax.cache.expiry.Duration(TimeUnit.SECONDS, 2 * window.toSeconds())));
    try {
      try {
        return manager.createCache(name, config);
      } catch (CacheException created) {
        return manager.getCache(name, String.class, Long.class); // another instance's
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No data grid for " + name + "; bursts are counted per instance", e);
      return null;
    }
  }
}
