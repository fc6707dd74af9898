package org.securevote.staff.boundary;

import org.securevote.platform.Refusal;

/** A staff change that cannot be made; the message says why. */
public class StaffRefused extends Refusal {
  StaffRefused(Kind kind, String message) {
    super(kind, message);
  }
}
