package org.securevote.voter.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;

class CredentialChangeTest {
  private final Voter voter =
      new Voter(new Account("ada@example.org", "Ada", "hash", Set.of(Role.VOTER)), "V-1");
  private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void theRequesterCannotDecideTheirOwnRequestInAnyCase() {
    CredentialChange change =
        CredentialChange.newEmail(voter, "new@example.org", "admin@example.org", now);

    assertFalse(change.decidableBy("admin@example.org"));
    assertFalse(change.decidableBy("Admin@Example.org"));
    assertThrows(IllegalStateException.class, () -> change.decide(true, "ADMIN@example.org", now));
    assertEquals(CredentialChange.Status.PENDING, change.status());
  }

  @Test
  void anotherStaffMemberDecidesOnceOnly() {
    CredentialChange change = CredentialChange.passwordLink(voter, "admin@example.org", now);

    assertTrue(change.decidableBy("auditor@example.org"));
    change.decide(false, "auditor@example.org", now);

    assertEquals(CredentialChange.Status.REFUSED, change.status());
    assertFalse(change.decidableBy("other-admin@example.org"));
    assertThrows(
        IllegalStateException.class, () -> change.decide(true, "other-admin@example.org", now));
  }

  @Test
  void aChangedAddressForgetsTheConfirmedCode() {
    voter.markVerified(now, "email-code");
    voter.forgetVerification();
    assertTrue(voter.verifiedAt().isEmpty());
  }
}
