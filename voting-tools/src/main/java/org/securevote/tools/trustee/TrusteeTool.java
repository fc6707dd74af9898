package org.securevote.tools.trustee;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.securevote.tools.format.FormatRefusal;

/**
 * The trustees' command-line tool: keygen, shares, receive (the key ceremony), decrypt and combine
 * (the tally); verify, verify-trail and check-challenge, which anyone may run. Every failure is one
 * line on stderr and exit code 1; a command line it does not understand exits with 2.
 */
public final class TrusteeTool {
  static final String USAGE =
      """
      usage: trustee COMMAND OPTIONS   (java -jar voting-tools-VERSION-trustee.jar COMMAND OPTIONS)
        keygen  --ceremony CEREMONY.json --out DIR [--passphrase-env VAR]
        shares  --key FILE --publics DIR --out DIR --fingerprint HEX [--passphrase-env VAR]
        receive --key FILE --publics DIR --shares DIR --fingerprint HEX [--passphrase-env VAR]
        decrypt --key FILE --ballots BALLOTS.json --out FILE [--passphrase-env VAR]
        combine --publics DIR --ballots BALLOTS.json --partials DIR --fingerprint HEX
        verify  --record RECORD.json
        verify-trail --trail TRAIL.csv --key HEX
        check-challenge --challenge FILE (--choice NAME [--choice NAME...] | --blank) --public-key HEX
      Without --fingerprint, shares, receive and combine print the ceremony's fingerprint and stop:
      compare it with every other trustee out of band, then run again with it.
      The passphrase is read from the console, or from the environment variable VAR.
      verify checks a whole election record; check-challenge whether a challenged ballot encrypted
      exactly NAME (on an approval ballot: each NAME given, and no other; --blank: no candidate),
      to the election key HEX that the public bulletin board shows.
      verify-trail checks an exported audit trail with the server's public key HEX
      (GET /api/public/audit/key).
      Formats: docs/election-crypto.md, "The trustees' tool"; docs/election-record.md;
      docs/audit-trail.md.""";

  /** A command with the options it needs and those it may take. */
  private record Command(
      Set<String> required, Set<String> optional, BiConsumer<Arguments, Session> action) {
    Arguments parse(List<String> args) {
      Set<String> allowed = new HashSet<>(required);
      allowed.addAll(optional);
      Arguments arguments = Arguments.parse(args, allowed);
      required.forEach(arguments::required);
      return arguments;
    }
  }

  private static final Set<String> PASSPHRASE = Set.of(Passphrases.OPTION);

  /** Optional to the parser so that a run without it can print the fingerprint to compare. */
  private static final Set<String> CONFIRMED =
      Set.of(Passphrases.OPTION, ConfirmedFingerprint.OPTION);

  private static final Map<String, Command> COMMANDS =
      Map.of(
          "keygen", new Command(Set.of("ceremony", "out"), PASSPHRASE, Keygen::run),
          "shares", new Command(Set.of("key", "publics", "out"), CONFIRMED, Shares::run),
          "receive", new Command(Set.of("key", "publics", "shares"), CONFIRMED, Receive::run),
          "decrypt", new Command(Set.of("key", "ballots", "out"), PASSPHRASE, Decrypt::run),
          "combine",
              new Command(
                  Set.of("publics", "ballots", "partials"),
                  Set.of(ConfirmedFingerprint.OPTION),
                  Combine::run),
          "verify", new Command(Set.of("record"), Set.of(), Verify::run),
          "verify-trail", new Command(Set.of("trail", "key"), Set.of(), VerifyTrail::run),
          "check-challenge",
              new Command(
                  Set.of("challenge", "public-key"),
                  Set.of("choice", "blank"),
                  CheckChallenge::run));

  private TrusteeTool() {}

  public static void main(String[] args) {
    Session session = new Session(System::getenv, System::console, System.out, new SecureRandom());
    System.exit(run(args, session, System.err));
  }

  /** The exit code: 0 done, 1 refused or failed, 2 not understood. */
  static int run(String[] args, Session session, PrintStream err) {
    try {
      if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
        (args.length == 0 ? err : session.out()).println(USAGE);
        return args.length == 0 ? 2 : 0;
      }
      Command command = COMMANDS.get(args[0]);
      if (command == null) {
        throw new UsageFailure("no command " + args[0]);
      }
      List<String> options = Arrays.asList(args).subList(1, args.length);
      command.action().accept(command.parse(options), session);
      return 0;
    } catch (UsageFailure e) {
      err.println("trustee: " + e.getMessage() + " (trustee --help lists the commands)");
      return 2;
    } catch (ToolFailure | FormatRefusal e) {
      err.println("trustee: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      // A fault of the tool itself: still one line, never a stack trace in front of a trustee.
      err.println("trustee: unexpected failure: " + e);
      return 1;
    }
  }
}
