package org.securevote.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.securevote.audit.control.FilteredSelect;
import org.securevote.audit.entity.AuditEntry;

/**
 * Reads the audit trail a page at a time for auditors and admins. Reading is not audited: it
 * appends nothing, so it never waits for the chain's append lock.
 */
@Stateless
@RolesAllowed({"AUDITOR", "ADMIN"})
public class TrailSearch {
  @PersistenceContext EntityManager em;

  /** A page of entries, newest first, by keyset on the sequence number. */
  public KeysetPage<TrailEntry> page(@NotNull @Valid TrailQuery query) {
    var read =
        new FilteredSelect<>(AuditEntry.class, "seq")
            .where("e.recordedAt >= :from", "from", query.from())
            .where("e.recordedAt < :to", "to", query.to())
            .where("e.actor = :actor", "actor", query.actor())
            .where("e.action = :action", "action", query.action())
            .where("e.subject = :subject", "subject", query.subject())
            .read(em, query.olderThan(), query.newerThan(), query.size() + 1);
    return KeysetPage.of(read.stream().map(TrailEntry::of).toList(), query.size(), query.newer());
  }
}
