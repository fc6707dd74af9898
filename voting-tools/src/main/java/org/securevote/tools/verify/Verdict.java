package org.securevote.tools.verify;

/** One check of a record or challenge: passed or failed, with what it found and where. */
public record Verdict(String check, boolean ok, String detail) {

  public static Verdict ok(String check, String detail) {
    return new Verdict(check, true, detail);
  }

  public static Verdict fail(String check, String detail) {
    return new Verdict(check, false, detail);
  }

  /** {@code ok check: detail} or {@code FAIL check: detail}, as the tool prints it. */
  public String line() {
    return (ok ? "ok   " : "FAIL ") + check + ": " + detail;
  }
}
