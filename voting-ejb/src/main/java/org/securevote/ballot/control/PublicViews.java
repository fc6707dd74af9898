package org.securevote.ballot.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.election.entity.ElectionChanged;
import org.securevote.election.entity.ElectionId;

/**
 * What the public pages and API show (elections, boards, results, dashboards), kept for a few
 * seconds in Payara's data grid (JCache on Hazelcast), which every instance of a cluster shares: a
 * crowd of readers costs the database one computation per view and interval, not one per reader.
 * Any change of an election row, and every shuffle that posts trackers, empties that election's
 * views on every instance as soon as it commits; the turnout figures lag a cast by at most the
 * interval (a cast does not empty them, or a busy election would have no cache at all).
 */
@ApplicationScoped
public class PublicViews {
  static final String CACHE = "securevote-public-views";
  private static final Logger LOG = Logger.getLogger(PublicViews.class.getName());
  private static final List<String> PER_ELECTION =
      List.of("election", "trackers", "results", "dashboard", "totals");

  @Inject CacheManager manager;

  @Inject
  @ConfigProperty(name = "voting.public.cache.seconds", defaultValue = "2")
  int seconds;

  private Cache<String, Serializable> cache;
  private final ConcurrentHashMap<String, CompletableFuture<Serializable>> computing =
      new ConcurrentHashMap<>();

  @PostConstruct
  void open() {
    if (seconds <= 0) {
      return; // switched off: every view is computed afresh
    }
    MutableConfiguration<String, Serializable> config =
        new MutableConfiguration<String, Serializable>()
            .setTypes(String.class, Serializable.class)
            .setExpiryPolicyFactory(
                CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds)));
    try {
      cache = manager.createCache(CACHE, config);
    } catch (CacheException created) {
      cache = manager.getCache(CACHE, String.class, Serializable.class); // another instance's
    }
  }

  /**
   * The view under this key, computed (and kept) when absent; refusals are never kept. When a view
   * expires under a crowd of readers, one of them computes it on this instance and the others wait
   * for that result rather than all asking the database at once.
   */
  @SuppressWarnings("unchecked")
  public <T extends Serializable> T get(String key, Supplier<T> compute) {
    if (cache == null) {
      return compute.get();
    }
    Serializable kept = read(key);
    if (kept != null) {
      return (T) kept;
    }
    CompletableFuture<Serializable> mine = new CompletableFuture<>();
    CompletableFuture<Serializable> running = computing.putIfAbsent(key, mine);
    if (running != null) {
      return (T) awaited(running);
    }
    try {
      T view = compute.get();
      cache.put(key, view);
      mine.complete(view);
      return view;
    } catch (RuntimeException refused) {
      mine.completeExceptionally(refused);
      throw refused;
    } finally {
      computing.remove(key, mine);
    }
  }

  private Serializable read(String key) {
    try {
      return cache.get(key);
    } catch (RuntimeException unreadable) {
      LOG.log(Level.WARNING, "Could not read " + key + " from the data grid", unreadable);
      return null;
    }
  }

  /** Another reader's result, or the very refusal it met. */
  private static Serializable awaited(CompletableFuture<Serializable> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw e;
    }
  }

  public static String key(String view, ElectionId id) {
    return view + ":" + id.value();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ElectionChanged change) {
    forget(change.id());
  }

  void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardPosted posting) {
    forget(posting.id());
  }

  private void forget(ElectionId id) {
    if (cache == null) {
      return;
    }
    for (String view : PER_ELECTION) {
      cache.remove(key(view, id));
    }
    cache.remove("elections");
  }
}
