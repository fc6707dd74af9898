package org.securevote.platform;

import jakarta.validation.ConstraintViolation;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text for a person, by its key in {@code org/securevote/platform/texts.properties} (English) and
 * its translations, with its arguments; each entry point shows it in its viewer's language. A
 * refusal carries one, so the business says what went wrong once and a page says it in French.
 * Patterns are {@link MessageFormat}s: a quote is written {@code ''}.
 */
public record Text(String key, List<Object> args) implements Serializable {
  static final String BUNDLE = "org.securevote.platform.texts";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Pattern TEMPLATE =
      Pattern.compile("\\{([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\\}");

  public Text {
    args = List.copyOf(args);
  }

  public static Text of(String key, Object... args) {
    return new Text(key, List.of(args));
  }

  /**
   * What a Bean Validation constraint of a boundary says: its message template is a key of the
   * texts in braces, which the validator leaves as it is (it is not in any ValidationMessages); a
   * constraint without one shows its validator's own message.
   */
  public static Text violated(ConstraintViolation<?> violation) {
    Matcher key = TEMPLATE.matcher(violation.getMessageTemplate());
    return key.matches() ? of(key.group(1)) : of(violation.getMessage());
  }

  /** The text in that language, or in English when it has none for this key. */
  public String in(Locale locale) {
    Object[] shown = args.stream().map(a -> a instanceof Text t ? t.in(locale) : a).toArray();
    return new MessageFormat(pattern(locale), locale).format(shown);
  }

  /** The English text: a refusal's message, what logs and the audit trail keep. */
  public String english() {
    return in(Locale.ROOT);
  }

  /**
   * The key itself when no language has it: a refusal is built inside the failure it reports, so it
   * must not fail in turn (TextsTest keeps every key the code names in the texts).
   */
  private String pattern(Locale locale) {
    for (Locale candidate : List.of(locale, Locale.ROOT)) {
      try {
        return bundle(candidate).getString(key);
      } catch (MissingResourceException e) {
        // the next candidate: English
      }
    }
    return "'" + key.replace("'", "''") + "'";
  }

  private static ResourceBundle bundle(Locale locale) {
    Locale language =
        locale.getLanguage().isEmpty() ? Locale.ROOT : new Locale(locale.getLanguage());
    return ResourceBundle.getBundle(BUNDLE, language, Text.class.getClassLoader(), NO_FALLBACK);
  }
}
