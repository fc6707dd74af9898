package org.securevote.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The path rules the filters share, as each filter once spelled them out for itself. */
class EndpointGroupTest {
  @Test
  void theApiIsEverythingUnderSlashApiSlash() {
    for (String path : new String[] {"/api/public/elections", "/api/vote/elections", "/api/x"}) {
      assertTrue(EndpointGroup.of(path).api(), path);
    }
    for (String path : new String[] {"/api", "/apis/x", "/public/api/x", "/vote/index.xhtml"}) {
      assertFalse(EndpointGroup.of(path).api(), path);
    }
  }

  @Test
  void votersActUnderSlashVoteAndSlashApiSlashVote() {
    assertTrue(EndpointGroup.of("/vote/ballot.xhtml").voter());
    assertTrue(EndpointGroup.of("/api/vote/elections/e1/ballot").voter());
    assertFalse(EndpointGroup.of("/api/vote").voter());
    assertFalse(EndpointGroup.of("/api/public/elections").voter());
    assertFalse(EndpointGroup.of("/admin/voters.xhtml").voter());
  }

  @Test
  void theVotersApiKeepsTheApisLabelAndNetworkRule() {
    EndpointGroup group = EndpointGroup.of("/api/vote/elections");
    assertEquals("api", group.label());
    assertTrue(group.restricted());
    assertFalse(group.staff());
  }

  @Test
  void theAuditApiIsAStaffPathLikeTheAuditPages() {
    EndpointGroup group = EndpointGroup.of("/api/audit/suspicious");
    assertEquals("api", group.label());
    assertTrue(group.restricted());
    assertTrue(group.staff());
    assertTrue(group.api());
  }

  @Test
  void trusteePagesAreRestrictedButNotStaffPaths() {
    EndpointGroup group = EndpointGroup.of("/trustee/ceremony.xhtml");
    assertEquals("trustee", group.label());
    assertTrue(group.restricted());
    assertFalse(group.staff());
    assertFalse(group.api());
  }
}
