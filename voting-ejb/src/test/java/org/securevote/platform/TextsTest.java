package org.securevote.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.securevote.tools.crypto.BallotVerdict;

/**
 * The business texts: French has exactly English's keys with the same arguments, every pattern
 * parses and quotes its apostrophes, every key the code names exists, and every key is named.
 */
class TextsTest {
  private static final Path TEXTS = Path.of("src/main/resources/org/securevote/platform");
  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("../voting-web/src/main/java"));
  private static final Pattern NAMED =
      Pattern.compile("(?:Text\\.of\\(\\s*\"|message\\s*=\\s*\"\\{)([^\"{}]+)[\"}]");
  private static final Pattern PREFIX = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)*\\.)\"");

  @Test
  void frenchHasEveryEnglishKeyWithTheSameArguments() throws IOException {
    Properties english = load("texts.properties");
    Properties french = load("texts_fr.properties");
    assertEquals(
        new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String fr = french.getProperty(key);
      assertFalse(fr.isBlank(), key);
      assertEquals(arguments(en), arguments(fr), key + ": the same arguments in both languages");
      for (String pattern : new String[] {en, fr}) {
        assertFalse(
            pattern.replace("''", "").contains("'"),
            key + ": a lone ' is swallowed by MessageFormat; write '' (or ’)");
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesExistsAndEveryKeyIsNamed() throws IOException {
    Set<String> named = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String code = Files.readString(file);
          Matcher m = NAMED.matcher(code);
          while (m.find()) {
            if (!m.group(1).endsWith(".") && !m.group(1).startsWith("securevote.")) {
              named.add(m.group(1));
            }
          }
          Matcher p = PREFIX.matcher(code);
          while (p.find()) {
            prefixes.add(p.group(1)); // a key made in code: "paper.answers." + "one"
          }
        }
      }
    }
    Set<String> defined = load("texts.properties").stringPropertyNames();
    Set<String> missing = new TreeSet<>(named);
    missing.removeAll(defined);
    assertEquals(Set.of(), missing, "keys the code names that texts.properties lacks");
    Set<String> unused = new TreeSet<>(defined);
    unused.removeIf(
        k -> named.contains(k) || prefixes.contains(k.substring(0, k.lastIndexOf('.') + 1)));
    assertEquals(Set.of(), unused, "keys of texts.properties no code names");
  }

  @Test
  void everyConstraintOfABoundarySaysItsMessageByKey() throws IOException {
    Pattern literal = Pattern.compile("message\\s*=\\s*\"(?!\\{)([^\"]*)\"");
    List<String> english = new java.util.ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = literal.matcher(Files.readString(file));
          while (m.find()) {
            english.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), english, "constraint messages written in English in the code");
  }

  /**
   * A sentence for a person ("Candidate added.") belongs in the texts, not in a string literal;
   * logs, programmers' exceptions, the audit trail's English details and the API's descriptions may
   * stay English.
   */
  @Test
  void noSentenceForAPersonIsWrittenInTheCode() throws IOException {
    Pattern sentence = Pattern.compile("\"[A-Z][a-z]+ [^\"]*[.?!]\"");
    Pattern allowed =
        Pattern.compile(
            "^\\s*(//|\\*|/\\*)|LOG\\.|\\blog\\(|Logger|Exception\\(|@Operation|@Schema"
                + "|@APIResponse|description =|summary =|auditDetail|Change\\(");
    List<String> found = new java.util.ArrayList<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (sentence.matcher(lines.get(i)).find() && !allowed.matcher(lines.get(i)).find()) {
              found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "sentences for people written in the code, not in the texts");
  }

  @Test
  void everyWayABallotFailsItsChecksHasItsText() throws IOException {
    Properties english = load("texts.properties");
    for (BallotVerdict.Check check : BallotVerdict.Check.values()) {
      assertTrue(english.containsKey("ballot.invalid." + check.name()), check.name());
    }
  }

  @Test
  void aTextIsShownInTheViewersLanguageAndInEnglishOtherwise() {
    Text wrong = Text.of("verification.wrong", 2);
    assertEquals("That code is not right. 2 tries left.", wrong.english());
    assertEquals("That code is not right. 1 try left.", Text.of("verification.wrong", 1).english());
    assertEquals("Ce code n’est pas le bon. Il reste 2 essais.", wrong.in(Locale.FRENCH));
    assertEquals(wrong.english(), wrong.in(Locale.GERMAN), "a language the site does not speak");
    assertEquals(wrong.english(), wrong.in(Locale.US));
    Text nested = Text.of("paper.refusal", Text.of("paper.candidates.upTo", 2), 3);
    assertEquals("Choose up to 2 candidates. You chose 3.", nested.english());
    assertEquals(
        "Choisissez jusqu’à 2 candidats. Vous en avez choisi 3.", nested.in(Locale.FRANCE));
    assertEquals(
        "the ballot does not prove a count for each of the election's questions",
        Text.of("ballot.invalid.QUESTION_COUNT", 0).english());
    assertEquals(
        "the proof that the number of answers chosen in question 2 is within its bounds fails",
        Text.of("ballot.invalid.QUESTION_COUNT", 2).english());
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> used = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (m.find()) {
      used.add(Integer.parseInt(m.group(1)));
    }
    assertTrue(new MessageFormat(pattern).getFormatsByArgumentIndex().length >= used.size());
    return used;
  }

  private static Properties load(String file) throws IOException {
    Properties texts = new Properties();
    try (Reader in = Files.newBufferedReader(TEXTS.resolve(file), StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return texts;
  }
}
