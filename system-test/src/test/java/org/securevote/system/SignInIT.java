package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Sign-in, roles and sign-out against the EAR deployed on Payara Server. */
class SignInIT {

  @Test
  void manyFailuresFromOneAddressThrottleEveryAccountFromThereOnly() {
    // Through the trusted proxy (127.0.0.2), as the client it names. The limit is 50 failures
    // per address; each attempt counts before the password is checked, so the 51st locks.
    String client = "10.88.0." + (1 + new java.util.Random().nextInt(250));
    String password = "per-address-password";
    String voter = TestAccounts.create("VOTER", password);
    FromAddress.SignInForm rightAfter = FromAddress.signInForm("127.0.0.2", client);
    for (int i = 1; i <= 51; i++) {
      int status =
          FromAddress.signInForm("127.0.0.2", client)
              .submit("nobody-" + i + "@example.org", "wrong")
              .status();
      assertEquals(400, status, "failure " + i + " is refused, not throttled");
    }

    FromAddress.Answer throttled = rightAfter.submit(voter, password);
    FromAddress.Answer elsewhere =
        FromAddress.signInForm("127.0.0.2", "10.89.0.1").submit(voter, password);

    assertEquals(429, throttled.status(), "the right password, from the address that guessed");
    assertTrue(throttled.body().contains("Too many failed attempts"), throttled.body());
    assertEquals(302, elsewhere.status(), "the same account from another address");
  }

  @Test
  void sessionEndsWhenItsEmailPassesToAnotherAccount() throws Exception {
    String password = "moved-address-password";
    String email = TestAccounts.create("VOTER", password);
    WebSession first = new WebSession();
    first.signIn(email, password);
    assertEquals(200, first.get("/vote/").statusCode());

    // An admin gives the first account a new address and the old one to a new account.
    try (var db = java.sql.DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        var move = db.prepareStatement("update account set email = ? where email = ?")) {
      move.setString(1, "moved-" + email);
      move.setString(2, email);
      assertEquals(1, move.executeUpdate());
    }
    TestAccounts.create("VOTER", "someone-else-password", email);

    HttpResponse<String> after = first.get("/vote/");
    assertEquals(302, after.statusCode(), "the old session must not act as the new owner");
    assertTrue(
        after.headers().firstValue("Location").orElseThrow().endsWith("/public/sign-in.xhtml"));
    assertEquals(302, first.get("/vote/").statusCode(), "and it stays signed out");
  }

  @Test
  void signInNameIsTheSameAccountInAnyLetterCase() {
    String password = "mixed-case-password";
    String email = TestAccounts.create("VOTER", password);
    WebSession voter = new WebSession();

    assertEquals(
        302, voter.signIn(email.toUpperCase(java.util.Locale.ROOT), password).statusCode());
    HttpResponse<String> home = voter.get("/vote/");

    assertEquals(200, home.statusCode(), home.body());
    assertTrue(
        Jsoup.parse(home.body()).getElementById("whoAmI").text().contains(email), home.body());
  }

  @Test
  void anonymousRequestForAdministrationIsRedirectedToSignIn() {
    HttpResponse<String> response = new WebSession().get("/admin/");
    assertEquals(302, response.statusCode());
    assertTrue(
        response.headers().firstValue("Location").orElseThrow().endsWith("/public/sign-in.xhtml"),
        response.headers().toString());
  }

  @Test
  void adminSignsInAndSeesTheAdministrationPageWithAccountsFromTheDatabase() {
    WebSession admin = new WebSession();
    admin.get("/admin/");
    HttpResponse<String> signedIn = admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    assertEquals(302, signedIn.statusCode());
    HttpResponse<String> page = admin.follow(signedIn);

    assertEquals(200, page.statusCode());
    Document html = Jsoup.parse(page.body());
    assertEquals("Administration", html.selectFirst("h1").text());
    assertTrue(html.getElementById("whoAmI").text().contains(Deployed.adminEmail()));
    assertTrue(html.getElementById("accounts").text().contains(Deployed.adminEmail()));
  }

  @Test
  void signInAfterAskingForAPageGoesBackToThatPage() {
    String password = "voter-password-2";
    String voter = TestAccounts.create("VOTER", password);
    WebSession session = new WebSession();
    assertEquals(302, session.get("/vote/index.xhtml?from=test").statusCode());
    HttpResponse<String> signedIn = session.signIn(voter, password);
    assertEquals(302, signedIn.statusCode());
    assertTrue(
        signedIn
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/vote/index.xhtml?from=test"),
        signedIn.headers().toString());
  }

  @Test
  void aRequestedPathThatNamesAnotherHostIsNotWhereSignInLeads() {
    String password = "voter-password-3";
    String voter = TestAccounts.create("VOTER", password);
    WebSession session = new WebSession();
    session.get("//evil.example/vote/");
    HttpResponse<String> signedIn = session.signIn(voter, password);
    String location = signedIn.headers().firstValue("Location").orElseThrow();
    assertFalse(location.contains("evil.example"), location);
    assertTrue(location.endsWith("/vote/"), location);
  }

  @Test
  void signInWithoutARequestedPageLandsOnTheRolesHomePage() {
    String password = "voter-password-1";
    String voter = TestAccounts.create("VOTER", password);
    WebSession session = new WebSession();
    HttpResponse<String> signedIn = session.signIn(voter, password);
    assertEquals(302, signedIn.statusCode());
    assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/vote/"));

    Document page = Jsoup.parse(session.follow(signedIn).body());
    assertEquals("My ballots", page.selectFirst("h1").text());
    assertTrue(page.getElementById("whoAmI").text().contains(voter));
  }

  @Test
  void wrongPasswordAndUnknownAccountGetTheSameGenericRefusal() {
    WebSession wrongPassword = new WebSession();
    String refusedKnown =
        Jsoup.parse(wrongPassword.signIn(Deployed.adminEmail(), "not-the-password").body())
            .getElementById("messages")
            .text();
    String refusedUnknown =
        Jsoup.parse(new WebSession().signIn("nobody@example.org", "whatever").body())
            .getElementById("messages")
            .text();

    assertEquals("Email or password is not correct.", refusedKnown);
    assertEquals(refusedKnown, refusedUnknown);
    assertEquals(302, wrongPassword.get("/admin/").statusCode(), "still not signed in");
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
    String password = "throttled-password";
    String voter = TestAccounts.create("VOTER", password);
    for (int i = 0; i < 6; i++) {
      new WebSession().signIn(voter, "wrong-" + i);
    }

    long throttledBefore = Metrics.signIns("throttled");

    HttpResponse<String> locked = new WebSession().signIn(voter, password);

    assertEquals(429, locked.statusCode(), "not signed in");
    assertTrue(locked.headers().firstValue("Retry-After").isPresent());
    assertEquals(throttledBefore + 1, Metrics.signIns("throttled"), "counted in /metrics");
    String message = Jsoup.parse(locked.body()).getElementById("messages").text();
    assertTrue(message.startsWith("Too many failed attempts. Try again in "), message);
  }

  @Test
  void parallelGuessesAreCountedBeforeThePasswordIsChecked() throws Exception {
    String voter = TestAccounts.create("VOTER", "parallel-password");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(12);
    java.util.List<java.util.concurrent.Future<String>> attempts = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int guess = i;
      attempts.add(
          pool.submit(
              () ->
                  Jsoup.parse(new WebSession().signIn(voter, "guess-" + guess).body())
                      .getElementById("messages")
                      .text()));
    }
    int checked = 0;
    for (var attempt : attempts) {
      if (attempt.get().equals("Email or password is not correct.")) {
        checked++;
      }
    }
    pool.shutdown();

    assertTrue(checked <= 6, checked + " of 12 parallel guesses reached the password check");
  }

  @Test
  void anUnknownAccountIsThrottledTheSameWay() {
    String nobody = "nobody-" + java.util.UUID.randomUUID() + "@example.org";
    for (int i = 0; i < 6; i++) {
      new WebSession().signIn(nobody, "guess-" + i);
    }
    String message =
        Jsoup.parse(new WebSession().signIn(nobody, "guess").body())
            .getElementById("messages")
            .text();
    assertTrue(message.startsWith("Too many failed attempts."), message);
  }

  @Test
  void sessionIdChangesWhenSigningIn() {
    WebSession session = new WebSession();
    session.get("/admin/"); // the sign-in page starts a session
    session.get("/public/sign-in.xhtml");
    String before = session.sessionId().orElseThrow();

    session.signIn(Deployed.adminEmail(), Deployed.adminPassword());

    assertNotEquals(before, session.sessionId().orElseThrow());
  }

  @Test
  void voterIsForbiddenFromAdministrationAndAudit() {
    String password = "voter-password-2";
    WebSession voter = new WebSession();
    voter.signIn(TestAccounts.create("VOTER", password), password);

    assertEquals(200, voter.get("/vote/").statusCode());
    HttpResponse<String> admin = voter.get("/admin/");
    assertEquals(403, admin.statusCode());
    assertFalse(admin.body().contains("Exception"), "error page reveals nothing");
    assertEquals(403, voter.get("/audit/").statusCode());
  }

  @Test
  void auditorSeesTheAuditHomePage() {
    String password = "auditor-password";
    String auditor = TestAccounts.create("AUDITOR", password);
    WebSession session = new WebSession();
    HttpResponse<String> signedIn = session.signIn(auditor, password);

    Document page = Jsoup.parse(session.follow(signedIn).body());
    assertEquals("Audit", page.selectFirst("h1").text());
    assertTrue(page.getElementById("whoAmI").text().contains(auditor));
  }

  @Test
  void signingOutEndsTheSession() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    Document page = Jsoup.parse(admin.get("/admin/").body());
    var form = page.getElementById("signOut");
    var fields = new java.util.LinkedHashMap<String, String>();
    form.select("input[name]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));

    HttpResponse<String> signedOut = admin.postForm(form.attr("action"), fields);

    assertEquals(302, signedOut.statusCode());
    assertEquals(302, admin.get("/admin/").statusCode(), "administration needs sign-in again");
  }

  @Test
  void signOutWithoutTheFormsViewStateDoesNothing() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    var fields = new java.util.LinkedHashMap<String, String>();
    fields.put("signOut", "signOut");
    fields.put("signOut:submit", "Sign out");

    admin.postForm("/admin/index.xhtml", fields); // a forged cross-site post has no view state

    assertEquals(200, admin.get("/admin/").statusCode(), "still signed in");
  }

  @Test
  void aPostWithAnUnknownViewStateGetsA400AndChangesNothing() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    var fields = new java.util.LinkedHashMap<String, String>();
    fields.put("signOut", "signOut");
    fields.put("signOut:submit", "Sign out");
    fields.put("jakarta.faces.ViewState", "-1234567890123456789:987654321");

    HttpResponse<String> refused = admin.postForm("/admin/index.xhtml", fields);

    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("Nothing was changed"), refused.body());
    assertFalse(refused.body().contains("Exception"));
    assertEquals(200, admin.get("/admin/").statusCode(), "still signed in");
  }
}
