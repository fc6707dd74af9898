package org.securevote.tools.trustee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options, each given as `--name value`, each at most once but `--choice`, which names
 * each candidate of an approval ballot; `--blank` takes no value.
 */
final class Arguments {
  private static final Set<String> REPEATABLE = Set.of("choice");
  private static final Set<String> FLAGS = Set.of("blank");

  private final Map<String, String> values;
  private final Map<String, List<String>> repeated;

  private Arguments(Map<String, String> values, Map<String, List<String>> repeated) {
    this.values = values;
    this.repeated = repeated;
  }

  static Arguments parse(List<String> args, Set<String> allowed) {
    Map<String, String> values = new HashMap<>();
    Map<String, List<String>> repeated = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || !allowed.contains(arg.substring(2))) {
        throw new UsageFailure("unknown option " + arg);
      }
      String name = arg.substring(2);
      String value = "";
      if (!FLAGS.contains(name)) {
        if (++i >= args.size()) {
          throw new UsageFailure(arg + " needs a value");
        }
        value = args.get(i);
      }
      repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      if (values.put(name, value) != null && !REPEATABLE.contains(name)) {
        throw new UsageFailure(arg + " is given twice");
      }
    }
    return new Arguments(values, repeated);
  }

  /** Every value of a repeatable option, in order; at least one. */
  List<String> all(String name) {
    required(name);
    return List.copyOf(repeated.get(name));
  }

  /** Whether a flag such as {@code --blank} was given. */
  boolean has(String name) {
    return values.containsKey(name);
  }

  Optional<String> optional(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    return optional(name).orElseThrow(() -> new UsageFailure("missing --" + name));
  }

  Path path(String name) {
    return Path.of(required(name));
  }

  long number(String name, long fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value);
      if (number < 0) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new UsageFailure("--" + name + " takes a whole number of at least 0");
    }
  }
}
