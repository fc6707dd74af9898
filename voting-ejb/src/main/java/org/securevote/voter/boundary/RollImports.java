package org.securevote.voter.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.UUID;

/**
 * Roll imports that run in the background so the page can show their progress. Each import is still
 * one transaction: all rows or none. Progress lives in the database ({@link RollImportProgress}),
 * so the admin's poll may reach any instance.
 */
@Stateless
@RolesAllowed(ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RollImports {
  @Inject VoterRegistry registry;
  @Inject RollImportProgress progress;

  /** Starts importing a checked file; returns the job's id at once. */
  public String start(@NotNull byte[] csv, int rows) {
    String id = UUID.randomUUID().toString();
    progress.started(id, rows);
    registry.importInBackground(id, csv);
    return id;
  }

  public Optional<RollImportJob> job(String id) {
    return progress.job(id);
  }
}
