package org.securevote.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads application metrics from the deployed server's Prometheus endpoint. */
final class Metrics {
  private Metrics() {}

  /** The sign-in counter for one outcome, 0 before its first increment. */
  static long signIns(String outcome) {
    String metrics = new WebSession().get("/metrics?scope=application").body();
    Matcher m =
        Pattern.compile(
                "^secure_vote_sign_ins_total\\{[^}]*outcome=\"" + outcome + "\"[^}]*\\} ([0-9.]+)",
                Pattern.MULTILINE)
            .matcher(metrics);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }
}
