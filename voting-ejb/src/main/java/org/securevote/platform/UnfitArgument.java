package org.securevote.platform;

/**
 * An argument a control cannot use (a network range, an encryption key), with the words that say
 * why for a person; its message is the English of them. The boundary turns it into its refusal.
 */
public class UnfitArgument extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final Text text;

  public UnfitArgument(Text text) {
    super(text.english());
    this.text = text;
  }

  public Text text() {
    return text;
  }
}
