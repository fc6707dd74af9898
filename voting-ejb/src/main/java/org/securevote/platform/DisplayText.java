package org.securevote.platform;

import java.text.Normalizer;
import java.util.Locale;

/** Rules for text that pages show to other people: names, titles, descriptions. */
public final class DisplayText {
  /**
   * A Bean Validation pattern refusing bidirectional embedding, override and isolate characters:
   * they reorder whatever follows them on a page, so "Ada" could be made to read as "adA".
   */
  public static final String NO_BIDI_CONTROLS = "[^\\u202A-\\u202E\\u2066-\\u2069]*";

  public static final String BIDI_REFUSED =
      "Names, titles and descriptions cannot hold text-direction override characters.";

  private DisplayText() {}

  public static boolean hasBidiControls(String text) {
    return text != null && !text.matches(NO_BIDI_CONTROLS);
  }

  /**
   * Refused input as it may be shown back, e.g. in a list of a file's problems: invisible format
   * characters (bidi controls, zero-width ones) written out as {@code <U+202E>}, so that a refused
   * "X-\u202Eevil" cannot read as "X-live" on the page that refuses it.
   */
  public static String visible(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("<U+%04X>", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }

  /**
   * The form in which two names are the same to a reader: compatibility characters folded (NFKC),
   * invisible format characters (zero-width space, joiners) dropped, runs of white space made one,
   * case ignored.
   */
  public static String comparable(String name) {
    String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
    return folded
        .replaceAll("\\p{Cf}", "")
        .replaceAll("[\\s\\p{Z}]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
