package org.securevote.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.securevote.audit.boundary.KeysetPage;
import org.securevote.audit.boundary.SuspicionQuery;
import org.securevote.audit.boundary.SuspicionRow;
import org.securevote.audit.boundary.SuspicionSearch;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.platform.Text;

/**
 * Backing bean of {@code /audit/suspicious.xhtml}: suspicious events filtered by time, account and
 * reason, newest first, 50 a page.
 */
@Named
@RequestScoped
public class AuditSuspicious extends KeysetView<SuspicionRow> {
  @Inject SuspicionSearch events;

  private String account;
  private String reason;

  @Override
  Supplier<KeysetPage<SuspicionRow>> filtered() {
    String about = text(account, 254, Text.of("auditPages.anAccount"));
    String why = text(reason, 64, Text.of("auditPages.aReason"));
    return () ->
        events.page(
            new SuspicionQuery(since(), until(), about, why, olderThan(), newerThan(), PAGE));
  }

  @Override
  Function<SuspicionRow, Long> keyOf() {
    return SuspicionRow::id;
  }

  public List<String> getReasons() {
    return SuspiciousActivity.REASONS;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
