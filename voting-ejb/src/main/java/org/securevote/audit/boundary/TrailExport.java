package org.securevote.audit.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.securevote.audit.control.TrailPages;
import org.securevote.tools.format.TrailCsv;

/**
 * The whole trail as CSV (docs/audit-trail.md), written as it is read, up to the newest entry when
 * the export starts. Reads only, outside a transaction: entries never change once written.
 */
@Stateless
@RolesAllowed({ADMIN, AUDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrailExport {
  @Inject TrailPages pages;

  /** Writes the CSV to out, then closes it. */
  public void writeCsv(Writer out) {
    try (TrailCsv.Out csv = new TrailCsv.Out(out)) {
      pages.walk(pages.head(), stored -> csv.write(stored.row()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
