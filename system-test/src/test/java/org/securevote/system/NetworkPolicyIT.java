package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's allowlists, as the test domain configures them (system-test/pom.xml): voting and
 * admin paths from 127.0.0.1, ::1, 127.0.0.2, 10.0.0.0/8 and 2001:db8::/32; admin paths only from
 * 127.0.0.1, ::1 and 127.0.0.2; 127.0.0.2 is the one trusted proxy. 127.0.0.3 is a stranger.
 */
class NetworkPolicyIT {
  private static final String PROXY = "127.0.0.2";
  private static final String STRANGER = "127.0.0.3";
  private static final String VOTER_HOME = "/vote/index.xhtml";
  private static final String ADMIN_HOME = "/admin/index.xhtml";

  private static final WebSession voter = new WebSession();
  private static final WebSession admin = new WebSession();

  @BeforeAll
  static void signIn() {
    String password = "network-policy-voter-pw";
    voter.signIn(TestAccounts.createVoter(password)[1], password);
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  @Test
  void allowedPeerReachesTheVotingPages() {
    assertEquals(200, FromAddress.get("127.0.0.1", VOTER_HOME, voter, null));
  }

  @Test
  void strangerIsRefusedEvenWithASpoofedForwardedFor() {
    assertEquals(403, FromAddress.get(STRANGER, VOTER_HOME, voter, null));
    assertEquals(403, FromAddress.get(STRANGER, VOTER_HOME, voter, "127.0.0.1"));
    assertEquals(403, FromAddress.get(STRANGER, VOTER_HOME, voter, "10.1.2.3"));
  }

  @Test
  void publicPagesStayOpenToStrangers() {
    assertEquals(200, FromAddress.get(STRANGER, "/public/elections.xhtml", Map.of()));
  }

  @Test
  void trustedProxyForwardsTheClientAddressThatDecides() {
    assertEquals(200, FromAddress.get(PROXY, VOTER_HOME, voter, "10.1.2.3"));
    assertEquals(403, FromAddress.get(PROXY, VOTER_HOME, voter, "203.0.113.7"));
  }

  @Test
  void clientCannotPrependAnAllowedAddressThroughTheProxy() {
    // The proxy appends the address it saw; what the client wrote sits to its left.
    assertEquals(403, FromAddress.get(PROXY, VOTER_HOME, voter, "10.1.2.3, 203.0.113.8"));
    assertEquals(200, FromAddress.get(PROXY, VOTER_HOME, voter, "203.0.113.8, 10.1.2.4"));
  }

  @Test
  void ipv6ClientsAreMatchedAgainstIpv6Ranges() {
    assertEquals(200, FromAddress.get(PROXY, VOTER_HOME, voter, "2001:db8::7"));
    assertEquals(403, FromAddress.get(PROXY, VOTER_HOME, voter, "2001:db9::7"));
  }

  @Test
  void adminPagesAreNarrowerThanVotingPages() {
    assertEquals(200, FromAddress.get("127.0.0.1", ADMIN_HOME, admin, null));
    assertEquals(403, FromAddress.get(PROXY, ADMIN_HOME, admin, "10.1.2.5"));
    assertEquals(200, FromAddress.get(PROXY, VOTER_HOME, voter, "10.1.2.5"));
  }

  @Test
  void refusalIsRecordedWithAddressAndPath() throws SQLException {
    assertEquals(403, FromAddress.get(PROXY, VOTER_HOME, voter, "203.0.113.21"));
    assertEquals(
        1,
        Deployed.count(
            "select count(*) from suspicious_event where reason = 'outside-network'"
                + " and address = '203.0.113.21' and path = ?",
            VOTER_HOME));
  }

  @Test
  void burstOfRequestsFromOneAddressIsRecordedOnce() throws SQLException {
    String client = "10.66.0.1";
    for (int i = 0; i < 45; i++) { // the test domain's limit is 40 in 10 s
      FromAddress.get(PROXY, "/public/elections.xhtml", Map.of("X-Forwarded-For", client));
    }
    assertEquals(
        1,
        Deployed.count(
            "select count(*) from suspicious_event where reason = 'request-burst' and address = ?",
            client));
  }

  @Test
  void burstOfErrorResponsesFromOneAddressIsRecorded() throws SQLException {
    String client = "10.66.0.2";
    for (int i = 0; i < 12; i++) { // the test domain's limit is 10 errors in 10 s
      assertEquals(
          404,
          FromAddress.get(PROXY, "/public/no-such-page.xhtml", Map.of("X-Forwarded-For", client)));
    }
    assertTrue(
        Deployed.count(
                "select count(*) from suspicious_event where reason = 'error-burst' and address = ?",
                client)
            >= 1);
  }
}
