package org.securevote.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One injectable clock, so time rules read the time in one way everywhere. */
@ApplicationScoped
public class Clocks {
  @Produces
  Clock utc() {
    return Clock.systemUTC();
  }
}
