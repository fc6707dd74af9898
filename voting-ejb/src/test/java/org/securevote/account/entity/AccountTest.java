package org.securevote.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

  @Test
  void emailIsStoredInLowerCaseWithoutSurroundingSpace() {
    Account account = new Account("  Ada@Example.ORG ", "Ada", "hash", Set.of(Role.VOTER));
    assertEquals("ada@example.org", account.email());
  }

  @Test
  void rejectsSomethingThatIsNotAnEmailAddress() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("not-an-address", "Ada", "hash", Set.of(Role.VOTER)));
  }

  @Test
  void rejectsAnAccountWithoutRoles() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("ada@example.org", "Ada", "hash", Set.of()));
  }

  @Test
  void newAccountIsActiveAndRolesCannotBeChangedFromOutside() {
    Account account = new Account("ada@example.org", "Ada", "hash", Set.of(Role.AUDITOR));
    assertTrue(account.active());
    assertThrows(UnsupportedOperationException.class, () -> account.roles().add(Role.ADMIN));
  }

  @Test
  void aRoleCanBeWithdrawnButNotTheLastOne() {
    Account account =
        new Account("ada@example.org", "Ada", "hash", Set.of(Role.ADMIN, Role.AUDITOR));
    account.withdraw(Role.ADMIN);
    assertEquals(Set.of(Role.AUDITOR), account.roles());
    assertThrows(IllegalStateException.class, () -> account.withdraw(Role.AUDITOR));
    assertEquals(Set.of(Role.AUDITOR), account.roles());
  }
}
