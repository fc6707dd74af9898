package org.securevote.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' bundles: French has exactly the keys English has, none empty, and every key a page
 * uses is in them, and every key in them is used by a page. A page that names a missing key would
 * show "???key???" in both languages.
 */
class I18nBundlesTest {
  private static final Path BUNDLES = Path.of("src/main/resources/org/securevote/web/i18n");
  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Path VALIDATION = Path.of("src/main/resources");

  @ParameterizedTest
  @ValueSource(strings = {"site", "vote", "admin", "audit", "trustee"})
  void frenchHasEveryEnglishKeyAndNoOther(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties french = load(bundle + "_fr.properties");
    assertEquals(
        new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
    for (Properties texts : new Properties[] {english, french}) {
      texts.forEach((key, text) -> assertTrue(!text.toString().isBlank(), key + " is empty"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"site", "vote", "admin", "audit", "trustee"})
  void everyKeyAPageUsesIsInTheBundleAndEveryKeyIsUsed(String bundle) throws IOException {
    Set<String> used = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    Pattern reference = Pattern.compile("\\b" + bundle + "\\['([^']+)'\\]");
    // A key made on the page: site['stage.'.concat(e.stage())] uses every stage.* key.
    Pattern made = Pattern.compile("\\b" + bundle + "\\['([^']+\\.)'\\.concat\\(");
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        Matcher m = reference.matcher(text);
        while (m.find()) {
          used.add(m.group(1));
        }
        Matcher p = made.matcher(text);
        while (p.find()) {
          prefixes.add(p.group(1));
        }
      }
    }
    Set<String> defined = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(defined);
    assertEquals(Set.of(), missing, "keys the pages use that " + bundle + ".properties lacks");
    Set<String> unused = new TreeSet<>(defined);
    unused.removeAll(used);
    unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
    assertEquals(Set.of(), unused, "keys of " + bundle + ".properties no page uses");
  }

  /** The fields' Bean Validation messages: both languages, and every one the code names. */
  @org.junit.jupiter.api.Test
  void everyValidationMessageIsInBothLanguages() throws IOException {
    Properties english = load(VALIDATION.resolve("ValidationMessages.properties"));
    Properties french = load(VALIDATION.resolve("ValidationMessages_fr.properties"));
    assertEquals(
        new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
    Set<String> named = new TreeSet<>();
    Pattern message = Pattern.compile("message = \"\\{(securevote\\.[^}]+)}\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = message.matcher(Files.readString(file));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertEquals(new TreeSet<>(english.stringPropertyNames()), named);
  }

  private static Properties load(String file) throws IOException {
    return load(BUNDLES.resolve(file));
  }

  private static Properties load(Path file) throws IOException {
    Properties texts = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return texts;
  }
}
