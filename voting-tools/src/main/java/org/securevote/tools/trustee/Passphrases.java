package org.securevote.tools.trustee;

import java.io.Console;
import java.util.Arrays;

/**
 * A key file's passphrase: typed at the console without echo, or for scripts and tests read from
 * the environment variable that --passphrase-env names. Never an argument: those are visible to
 * every user of the machine and land in shell histories.
 */
final class Passphrases {
  static final String OPTION = "passphrase-env";
  static final int SHORTEST = 12;

  private Passphrases() {}

  /** For an existing key file. */
  static char[] existing(Arguments args, Session session) {
    return read(args, session, "Passphrase of the key file: ", false);
  }

  /** For a new key file: typed twice, and long enough. */
  static char[] chosen(Arguments args, Session session) {
    char[] passphrase = read(args, session, "Choose a passphrase for the key file: ", true);
    if (passphrase.length < SHORTEST) {
      Arrays.fill(passphrase, '\0');
      throw new ToolFailure("the passphrase must be at least " + SHORTEST + " characters long");
    }
    return passphrase;
  }

  private static char[] read(Arguments args, Session session, String prompt, boolean twice) {
    var variable = args.optional(OPTION);
    if (variable.isPresent()) {
      String value = session.environment().apply(variable.get());
      if (value == null || value.isEmpty()) {
        throw new ToolFailure("the environment variable " + variable.get() + " is not set");
      }
      return value.toCharArray();
    }
    Console console = session.console().get();
    if (console == null) {
      throw new ToolFailure(
          "no console to read the passphrase from; name an environment variable with --" + OPTION);
    }
    char[] first = console.readPassword("%s", prompt);
    if (first == null) {
      throw new ToolFailure("no passphrase was typed");
    }
    if (twice) {
      char[] again = console.readPassword("%s", "Type it again: ");
      boolean same = again != null && Arrays.equals(first, again);
      if (again != null) {
        Arrays.fill(again, '\0');
      }
      if (!same) {
        Arrays.fill(first, '\0');
        throw new ToolFailure("the two passphrases differ");
      }
    }
    return first;
  }
}
