package org.securevote.tools.trustee;

import org.securevote.tools.format.CeremonyFingerprint;

/** The --fingerprint option: the ceremony fingerprint a trustee confirmed with the others. */
final class ConfirmedFingerprint {
  static final String OPTION = "fingerprint";

  private ConfirmedFingerprint() {}

  /**
   * Lets a command act only with the fingerprint its trustee confirmed with the others out of band.
   * Without --fingerprint it prints this one and stops; with another it refuses. `notDone` says
   * what was therefore not done.
   */
  static void requireConfirmed(
      CeremonyFingerprint actual, Arguments args, Session session, String notDone) {
    var typed = args.optional(OPTION);
    if (typed.isEmpty()) {
      session.out().println("ceremony fingerprint: " + actual.grouped());
      session
          .out()
          .println(
              "Compare it with every other trustee out of band (by phone or in person, never"
                  + " through the server). If all of you have the same, run again with --"
                  + OPTION
                  + " \""
                  + actual.grouped()
                  + "\"");
      throw new ToolFailure(notDone + ": the ceremony fingerprint is not confirmed yet");
    }
    if (!parse(typed.get()).equals(actual)) {
      throw new ToolFailure(
          "these public files give the ceremony fingerprint "
              + actual.grouped()
              + ", not the one you confirmed: a public file differs from the one the other"
              + " trustees hold; "
              + notDone);
    }
  }

  private static CeremonyFingerprint parse(String typed) {
    try {
      return CeremonyFingerprint.parse(typed);
    } catch (IllegalArgumentException e) {
      throw new UsageFailure("--" + OPTION + " " + e.getMessage());
    }
  }
}
