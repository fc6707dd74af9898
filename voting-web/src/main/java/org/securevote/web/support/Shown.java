package org.securevote.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.securevote.platform.DisplayText;

/**
 * Pages show refused input with its invisible characters written out ({@code #{shown.visible(…)}}).
 */
@Named
@ApplicationScoped
public class Shown {
  public String visible(Object text) {
    return DisplayText.visible(text == null ? null : text.toString());
  }
}
