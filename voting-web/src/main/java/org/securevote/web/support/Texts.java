package org.securevote.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.securevote.platform.Text;

/** Pages show a business text (an instruction, a refusal) as {@code #{texts.show(text)}}. */
@Named
@ApplicationScoped
public class Texts {
  /** The text in the language of the page being rendered. */
  public String show(Text text) {
    return text == null ? "" : text.in(Feedback.locale());
  }
}
