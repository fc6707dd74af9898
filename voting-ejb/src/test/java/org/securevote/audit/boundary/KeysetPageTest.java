package org.securevote.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetPageTest {

  @Test
  void theRowReadBeyondThePageSaysThereIsMoreAndIsNotShown() {
    KeysetPage<Integer> page = KeysetPage.of(List.of(9, 8, 7, 6), 3, false);

    assertEquals(List.of(9, 8, 7), page.rows());
    assertTrue(page.more());
  }

  @Test
  void newerRowsReadUpwardsAreShownNewestFirst() {
    KeysetPage<Integer> page = KeysetPage.of(List.of(4, 5, 6), 3, true);

    assertEquals(List.of(6, 5, 4), page.rows());
    assertFalse(page.more());
  }

  @Test
  void newerRowsBeyondThePageDropTheFarthestNotTheNearest() {
    KeysetPage<Integer> page = KeysetPage.of(List.of(4, 5, 6, 7), 3, true);

    assertEquals(List.of(6, 5, 4), page.rows(), "the rows just newer than the key");
    assertTrue(page.more());
  }

  @Test
  void blankTextFiltersMeanAnyAndAreTrimmed() {
    TrailQuery query = new TrailQuery(null, null, "  ", " election.open ", "", null, null, 50);

    assertNull(query.actor());
    assertEquals("election.open", query.action());
    assertNull(query.subject());
  }

  @Test
  void olderWinsOverNewerWhenBothAreGiven() {
    assertFalse(new TrailQuery(null, null, null, null, null, 10L, 20L, 50).newer());
    assertTrue(new TrailQuery(null, null, null, null, null, null, 20L, 50).newer());
  }
}
