package org.securevote.audit.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL select of one entity, newest first by its key, narrowed by the filters a page was given: a
 * filter without a value adds nothing, and every value is bound, never written into the query.
 */
public final class FilteredSelect<T> {
  private final Class<T> type;
  private final String key;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Rows of {@code type} (alias {@code e}) keyed by the attribute {@code key}. */
  public FilteredSelect(Class<T> type, String key) {
    this.type = type;
    this.key = key;
  }

  /** Adds {@code condition}, which names {@code :name}, when {@code value} is not null. */
  public FilteredSelect<T> where(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(
          name, value instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : value);
    }
    return this;
  }

  /**
   * Reads up to {@code limit} rows from the key {@code olderThan} downwards, or from {@code
   * newerThan} upwards (in ascending order then), or from the newest; a keyset, never an offset, so
   * a page deep in the trail costs what the first one does.
   */
  public List<T> read(EntityManager em, Long olderThan, Long newerThan, int limit) {
    boolean newer = olderThan == null && newerThan != null;
    where("e." + key + " < :olderThan", "olderThan", olderThan);
    where("e." + key + " > :newerThan", "newerThan", newer ? newerThan : null);
    String jpql =
        "select e from "
            + type.getSimpleName()
            + " e"
            + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
            + " order by e."
            + key
            + (newer ? " asc" : " desc");
    TypedQuery<T> select = em.createQuery(jpql, type).setMaxResults(limit);
    parameters.forEach(select::setParameter);
    return select.getResultList();
  }
}
