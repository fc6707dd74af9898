package org.securevote.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads application metrics from the deployed server's Prometheus endpoint. */
final class Metrics {
  private Metrics() {}

  /** The sign-in counter for one outcome, 0 before its first increment. */
  static long signIns(String outcome) {
    return (long) value("secure_vote_sign_ins_total", "outcome=\"" + outcome + "\"");
  }

  /**
   * The sample whose labels include every one given (e.g. {@code group="vote"}), or 0 if absent.
   */
  static double value(String name, String... labels) {
    Matcher m =
        Pattern.compile(
                "^" + Pattern.quote(name) + "\\{([^}]*)\\} ([-+0-9.Ee]+|NaN)", Pattern.MULTILINE)
            .matcher(scrape());
    while (m.find()) {
      String found = m.group(1);
      if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
        return Double.parseDouble(m.group(2));
      }
    }
    return 0;
  }

  static String scrape() {
    return new WebSession().get("/metrics?scope=application").body();
  }
}
