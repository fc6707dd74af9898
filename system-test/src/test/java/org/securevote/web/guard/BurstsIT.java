package org.securevote.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Burst counts in Payara's data grid: two users of the same keys, as two instances' filters are,
 * add up to one count, and a burst is reported once however their events interleave.
 */
@ExtendWith(ArquillianExtension.class)
class BurstsIT {
  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final int LIMIT = 20;
  private static final int THREADS = 8;
  private static final int EVENTS_EACH = 30;

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "bursts-it.war")
        .addClasses(Bursts.class, BurstGrid.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Inject BurstGrid grid;
  @Inject CacheManager caches;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void twoInstancesCountingTheSameAddressAtOnceReportItsBurstOnce() throws Exception {
    String name = "it-" + UUID.randomUUID();
    Bursts first = new Bursts(name, LIMIT, WINDOW, grid.forWindow(WINDOW));
    Bursts second = new Bursts(name, LIMIT, WINDOW, grid.forWindow(WINDOW));
    long now = middleOfAWindow();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Bursts mine = t % 2 == 0 ? first : second;
      threads.add(executor.submit(() -> reports(start, mine, now)));
    }
    start.countDown();
    int reported = 0;
    for (Future<Integer> thread : threads) {
      reported += thread.get();
    }

    assertEquals(1, reported, THREADS * EVENTS_EACH + " events over a limit of " + LIMIT);
  }

  @Test
  void eventsCountedByOneInstanceCountForTheOther() {
    String name = "it-" + UUID.randomUUID();
    Bursts first = new Bursts(name, LIMIT, WINDOW, grid.forWindow(WINDOW));
    Bursts second = new Bursts(name, LIMIT, WINDOW, grid.forWindow(WINDOW));
    long now = middleOfAWindow();
    for (int i = 0; i < LIMIT; i++) {
      assertFalse(first.overLimit("192.0.2.7", now));
    }

    assertTrue(second.overLimit("192.0.2.7", now), "the other instance's event passes the limit");
    assertFalse(first.overLimit("192.0.2.7", now), "and is not reported again");
    assertFalse(second.overLimit("192.0.2.8", now), "another address counts apart");
    assertFalse(second.overLimit("192.0.2.7", now + WINDOW.toMillis()), "a new window starts");
  }

  @Test
  void withTheGridGoneEventsAreStillCountedHere() {
    String cacheName = "securevote-bursts-it-" + UUID.randomUUID();
    Cache<String, Long> gone =
        caches.createCache(
            cacheName, new MutableConfiguration<String, Long>().setTypes(String.class, Long.class));
    caches.destroyCache(cacheName);
    Bursts bursts = new Bursts("it", 2, WINDOW, gone);
    long now = middleOfAWindow();

    assertFalse(bursts.overLimit("192.0.2.9", now));
    assertFalse(bursts.overLimit("192.0.2.9", now));
    assertTrue(bursts.overLimit("192.0.2.9", now));
    assertFalse(bursts.overLimit("192.0.2.9", now));
  }

  private static int reports(CountDownLatch start, Bursts bursts, long now)
      throws InterruptedException {
    start.await();
    int reported = 0;
    for (int i = 0; i < EVENTS_EACH; i++) {
      if (bursts.overLimit("198.51.100.1", now)) {
        reported++;
      }
    }
    return reported;
  }

  /** An instant well inside a window, so that no event of a test falls into the next one. */
  private static long middleOfAWindow() {
    long millis = WINDOW.toMillis();
    return (System.currentTimeMillis() / millis) * millis + millis / 2;
  }
}
