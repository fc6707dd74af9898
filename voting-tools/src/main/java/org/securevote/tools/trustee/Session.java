package org.securevote.tools.trustee;

import java.io.Console;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command may use of the world: the environment (for --passphrase-env), the console (null
 * when there is none), where to print, and randomness. Tests pass their own.
 */
record Session(
    Function<String, String> environment,
    Supplier<Console> console,
    PrintStream out,
    SecureRandom random) {}
