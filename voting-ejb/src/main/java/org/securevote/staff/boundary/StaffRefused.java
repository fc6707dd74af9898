package org.securevote.staff.boundary;

import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A staff change that cannot be made; the text says why. */
public class StaffRefused extends Refusal {
  StaffRefused(Kind kind, Text text) {
    super(kind, text);
  }
}
