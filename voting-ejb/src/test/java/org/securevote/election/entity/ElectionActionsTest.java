package org.securevote.election.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The actions an election offers in each status are exactly the ones its methods carry out. */
class ElectionActionsTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** An election in each status, with everything else its actions need (candidates, a count). */
  private static final Map<ElectionStatus, Supplier<Election>> IN_STATUS =
      new EnumMap<>(
          Map.of(
              ElectionStatus.DRAFT,
              ElectionActionsTest::draft,
              ElectionStatus.SCHEDULED,
              ElectionActionsTest::scheduled,
              ElectionStatus.OPEN,
              () -> {
                Election e = scheduled();
                e.open(NOW);
                return e;
              },
              ElectionStatus.CLOSED,
              ElectionActionsTest::closed,
              ElectionStatus.PUBLISHED,
              () -> {
                Election e = closed();
                e.publish();
                return e;
              },
              ElectionStatus.CANCELLED,
              () -> {
                Election e = scheduled();
                e.cancel();
                return e;
              }));

  /** Each action as the entity's methods do it; editing is each of its four methods. */
  private static final Map<ElectionAction, List<Consumer<Election>>> DOING =
      new EnumMap<>(
          Map.of(
              ElectionAction.EDIT,
                  List.of(
                      e -> e.revise(terms("Board 2027")),
                      e -> e.addCandidate("Barbara", ""),
                      e -> e.removeCandidate(e.candidates().get(0).id()),
                      e -> e.moveCandidate(e.candidates().get(0).id(), false)),
              ElectionAction.SCHEDULE, List.of(e -> e.schedule(NOW)),
              ElectionAction.OPEN, List.of(e -> e.open(NOW)),
              ElectionAction.CLOSE, List.of(e -> e.close(NOW)),
              ElectionAction.CANCEL, List.of(Election::cancel),
              ElectionAction.PUBLISH, List.of(Election::publish)));

  private static ElectionTerms terms(String title) {
    return new ElectionTerms(
        title,
        "",
        BallotType.SINGLE_CHOICE,
        NOW.plus(Duration.ofHours(1)),
        NOW.plus(Duration.ofHours(2)));
  }

  private static Election draft() {
    Election e = new Election(ElectionId.next(), terms("Board"));
    e.addCandidate("Ada", "");
    e.addCandidate("Grace", "");
    withKey(e);
    return e;
  }

  /** A completed key ceremony's result (the entity takes it as given). */
  static void withKey(Election e) {
    e.appointTrustees(1, 1);
    e.adoptKey("02" + "11".repeat(32), "ab".repeat(32));
  }

  private static Election scheduled() {
    Election e = draft();
    e.schedule(NOW);
    return e;
  }

  private static Election closed() {
    Election e = scheduled();
    e.close(NOW);
    e.recordTally("digest");
    return e;
  }

  @Test
  void eachStatusAllowsTheActionsOfTheLifecycle() {
    Map<ElectionStatus, Set<ElectionAction>> expected =
        Map.of(
            ElectionStatus.DRAFT,
                EnumSet.of(ElectionAction.EDIT, ElectionAction.SCHEDULE, ElectionAction.CANCEL),
            ElectionStatus.SCHEDULED,
                EnumSet.of(ElectionAction.OPEN, ElectionAction.CLOSE, ElectionAction.CANCEL),
            ElectionStatus.OPEN, EnumSet.of(ElectionAction.CLOSE, ElectionAction.CANCEL),
            ElectionStatus.CLOSED, EnumSet.of(ElectionAction.PUBLISH),
            ElectionStatus.PUBLISHED, EnumSet.noneOf(ElectionAction.class),
            ElectionStatus.CANCELLED, EnumSet.noneOf(ElectionAction.class));
    for (ElectionStatus status : ElectionStatus.values()) {
      Election e = IN_STATUS.get(status).get();
      assertEquals(status, e.status());
      assertEquals(expected.get(status), e.allowedActions(), status.name());
    }
  }

  @Test
  void everyAllowedActionSucceedsAndEveryOtherIsRefused() {
    for (ElectionStatus status : ElectionStatus.values()) {
      Set<ElectionAction> allowed = IN_STATUS.get(status).get().allowedActions();
      for (ElectionAction action : ElectionAction.values()) {
        for (Consumer<Election> doing : DOING.get(action)) {
          Election e = IN_STATUS.get(status).get();
          String what = action + " in " + status;
          if (allowed.contains(action)) {
            assertDoesNotThrow(() -> doing.accept(e), what);
          } else {
            ElectionRuleViolation refused =
                assertThrows(ElectionRuleViolation.class, () -> doing.accept(e), what);
            String because = "A " + status.name().toLowerCase() + " election cannot be ";
            assertTrue(refused.getMessage().startsWith(because), refused.getMessage());
            assertEquals(status, e.status(), what + " changed nothing");
          }
        }
      }
    }
  }

  @Test
  void aRefusedActionSaysWhyInTheViewersLanguage() {
    Election e = IN_STATUS.get(ElectionStatus.OPEN).get();
    ElectionRuleViolation refused =
        assertThrows(ElectionRuleViolation.class, () -> e.schedule(NOW));
    assertEquals("A open election cannot be scheduled.", refused.getMessage());
    assertEquals("Un scrutin ouvert ne peut pas être programmé.", refused.message(Locale.FRENCH));
  }

  @Test
  void aClosedElectionAwaitingItsTrusteesAllowsNothingUntilItsResultsAreDecrypted() {
    Election e = scheduled();
    e.close(NOW);
    assertTrue(e.awaitingTrustees());
    assertEquals("awaiting trustees", e.stage());
    assertEquals(EnumSet.noneOf(ElectionAction.class), e.allowedActions());
    for (ElectionAction action : ElectionAction.values()) {
      for (Consumer<Election> doing : DOING.get(action)) {
        assertThrows(ElectionRuleViolation.class, () -> doing.accept(e), action.name());
      }
    }
    ElectionRuleViolation publish = assertThrows(ElectionRuleViolation.class, e::publish);
    assertTrue(publish.getMessage().contains("trustees"), publish.getMessage());

    e.recordTally("digest");
    assertEquals("closed", e.stage());
    assertEquals(EnumSet.of(ElectionAction.PUBLISH), e.allowedActions());
  }

  @Test
  void theAllowedActionsCannotBeChangedFromOutside() {
    Election e = draft();
    assertThrows(
        UnsupportedOperationException.class, () -> e.allowedActions().add(ElectionAction.OPEN));
    assertEquals(
        EnumSet.of(ElectionAction.EDIT, ElectionAction.SCHEDULE, ElectionAction.CANCEL),
        e.allowedActions());
  }
}
