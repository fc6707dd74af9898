package org.securevote.audit.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.securevote.audit.control.TrailPages;
import org.securevote.integrity.KeyRing;
import org.securevote.integrity.SealedExport;
import org.securevote.platform.Text;
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
  @Inject KeyRing keys;

  /** Refused uploads bigger than this: a public key with its signatures is a few kilobytes. */
  public static final int MAX_KEY_BYTES = 256 * 1024;

  /**
   * The CSV as an OpenPGP message for an outside auditor (docs/audit-trail.md): encrypted to the
   * auditor's public key and signed by the server's OpenPGP key, which standard gpg opens and
   * checks. The key is checked before anything is written; a refusal leaves out untouched.
   */
  public void writeSealed(byte[] recipientKey, OutputStream out) {
    PGPPublicKey recipient;
    if (recipientKey == null || recipientKey.length == 0) {
      throw new ExportRefused(Text.of("export.chooseKey"));
    }
    if (recipientKey.length > MAX_KEY_BYTES) {
      throw new ExportRefused(Text.of("export.keyTooLarge"));
    }
    try {
      recipient = SealedExport.recipient(recipientKey);
    } catch (SealedExport.NotARecipient refused) {
      throw new ExportRefused(refused.text());
    }
    try {
      SealedExport.write(
          out,
          recipient,
          keys.openPgp(),
          "audit-trail.csv",
          plain -> writeCsv(new OutputStreamWriter(plain, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's OpenPGP public key (ASCII-armoured), for {@code gpg --import}. */
  @PermitAll
  public String openPgpKey() {
    return keys.openPgp().armoredPublicKey();
  }

  /** Writes the CSV to out, then closes it. */
  public void writeCsv(Writer out) {
    try (TrailCsv.Out csv = new TrailCsv.Out(out)) {
      pages.walk(pages.head(), stored -> csv.write(stored.row()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
