package org.securevote.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.securevote.audit.control.FilteredSelect;
import org.securevote.audit.entity.SuspiciousEvent;

/** Reads suspicious events a page at a time for auditors and admins; reading records nothing. */
@Stateless
@RolesAllowed({"AUDITOR", "ADMIN"})
public class SuspicionSearch {
  @PersistenceContext EntityManager em;

  /** A page of events, newest first, by keyset on the event id. */
  public KeysetPage<SuspicionRow> page(@NotNull @Valid SuspicionQuery query) {
    var read =
        new FilteredSelect<>(SuspiciousEvent.class, "id")
            .where("e.recordedAt >= :from", "from", query.from())
            .where("e.recordedAt < :to", "to", query.to())
            .where("e.account = :account", "account", query.account())
            .where("e.reason = :reason", "reason", query.reason())
            .read(em, query.olderThan(), query.newerThan(), query.size() + 1);
    return KeysetPage.of(read.stream().map(SuspicionRow::of).toList(), query.size(), query.newer());
  }
}
