package org.securevote.tools.trustee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

/** One in-process run of the tool, as a trustee's shell would start it, with what it printed. */
record ToolRun(int exit, String out, String err) {

  static final String PASSPHRASE_VAR = "TRUSTEE_PASSPHRASE";
  static final String PASSPHRASE = "a long test passphrase";

  /** The tool refused: exit code 1 and exactly this on stderr. */
  void assertRefused(String expectedErr) {
    assertEquals(1, exit);
    assertEquals(expectedErr, err);
  }

  static ToolRun of(String... args) {
    return with(Map.of(PASSPHRASE_VAR, PASSPHRASE), args);
  }

  static ToolRun with(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    Session session = new Session(environment::get, () -> null, outStream, new SecureRandom());
    int exit = TrusteeTool.run(args, session, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new ToolRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Fails the test with what the tool said unless it succeeded. */
  ToolRun ok() {
    if (exit != 0) {
      throw new AssertionError("exit " + exit + ": " + err);
    }
    return this;
  }
}
