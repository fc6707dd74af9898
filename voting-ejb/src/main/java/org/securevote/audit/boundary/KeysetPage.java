package org.securevote.audit.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of rows, newest first; {@code more} says whether further rows lie beyond it in the
 * direction the query went (older than its last, or newer than its first when it asked for newer).
 */
public record KeysetPage<T>(List<T> rows, boolean more) implements Serializable {

  /**
   * The page from rows read one beyond {@code size}, in key order away from the starting key:
   * descending when reading older rows, ascending when reading newer ones.
   */
  static <T> KeysetPage<T> of(List<T> read, int size, boolean newer) {
    List<T> rows = new ArrayList<>(read);
    boolean more = rows.size() > size;
    if (more) {
      rows.remove(rows.size() - 1);
    }
    if (newer) {
      Collections.reverse(rows);
    }
    return new KeysetPage<>(List.copyOf(rows), more);
  }
}
