package org.securevote.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values as native queries return them, whichever type the provider picked. */
public final class SqlValues {
  private SqlValues() {}

  /** A timestamptz column's value, or null for SQL null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) value).toInstant();
  }
}
