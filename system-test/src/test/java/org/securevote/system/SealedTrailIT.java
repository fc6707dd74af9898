package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.securevote.tools.verify.TrailCheck;

/**
 * The trail for an outside auditor: uploaded their OpenPGP key on the auditor's page, it comes out
 * as a file that Debian's gpg opens with that key alone and whose signature gpg checks against the
 * server's published OpenPGP key; the CSV inside checks out as the plain export does.
 */
class SealedTrailIT {
  private static final String PASSWORD = "sealed-trail-auditor-pw";
  private static final String BUTTON = "Download the encrypted trail";

  @Test
  void gpgOpensTheSealedTrailWithTheAuditorsKeyAndVerifiesTheServersSignature() throws Exception {
    AuditTrailExportIT.someAuditedWork();
    Gpg outsider = Gpg.withNewKey("outside.auditor@example.org");
    WebSession auditor = auditor();

    HttpResponse<byte[]> sealed = download(auditor, outsider.publicKey());

    assertEquals(200, sealed.statusCode(), new String(sealed.body(), StandardCharsets.UTF_8));
    assertEquals(
        "attachment; filename=\"audit-trail.csv.gpg\"",
        sealed.headers().firstValue("Content-Disposition").orElse(""));
    Path file = outsider.home().resolve("audit-trail.csv.gpg");
    Files.write(file, sealed.body());
    HttpResponse<String> serverKey = new WebSession().get("/api/public/audit/openpgp-key.asc");
    assertEquals(200, serverKey.statusCode());
    outsider.run(serverKey.body().getBytes(StandardCharsets.US_ASCII), "--import");
    Path csv = outsider.home().resolve("audit-trail.csv");

    Gpg.Result opened =
        outsider.run(
            null, "--status-fd", "1", "--output", csv.toString(), "--decrypt", file.toString());

    assertEquals(0, opened.exitCode(), opened.output());
    assertTrue(opened.output().contains("[GNUPG:] GOODSIG"), opened.output());
    assertTrue(opened.output().contains("[GNUPG:] GOODMDC"), opened.output());
    TrailCheck check = TrailCheck.of(new StringReader(Files.readString(csv)), publishedKey());
    assertTrue(check.ok(), check.verdicts().toString());
    assertTrue(check.entries() > 0);

    Gpg someoneElse = Gpg.withNewKey("someone.else@example.org");
    Path copy = someoneElse.home().resolve("audit-trail.csv.gpg");
    Files.write(copy, sealed.body());
    Gpg.Result refused = someoneElse.run(null, "--output", "-", "--decrypt", copy.toString());
    assertNotEquals(0, refused.exitCode(), "only the uploaded key opens it");
  }

  @Test
  void somethingThatIsNotAnEncryptionKeyIsRefusedWithAReasonOnThePage() throws Exception {
    WebSession auditor = auditor();
    byte[] signOnly =
        new WebSession()
            .get("/api/public/audit/openpgp-key.asc")
            .body()
            .getBytes(StandardCharsets.US_ASCII);

    HttpResponse<byte[]> garbage =
        download(auditor, "not a key at all".getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> noEncryption = download(auditor, signOnly);

    assertEquals(422, garbage.statusCode());
    assertTrue(message(garbage).contains("not an OpenPGP public key"), message(garbage));
    assertEquals(422, noEncryption.statusCode());
    assertTrue(message(noEncryption).contains("no valid encryption key"), message(noEncryption));
  }

  private static String message(HttpResponse<byte[]> page) {
    return Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8)).select("#messages").text();
  }

  private static HttpResponse<byte[]> download(WebSession auditor, byte[] key) {
    return auditor.uploadForFile(
        "/audit/index.xhtml",
        "sealed",
        "sealed:key",
        Map.of("sealed:download", BUTTON),
        "auditor.asc",
        "application/pgp-keys",
        key);
  }

  private static WebSession auditor() {
    WebSession session = new WebSession();
    session.signIn(TestAccounts.create("AUDITOR", PASSWORD), PASSWORD);
    return session;
  }

  private static String publishedKey() {
    return new WebSession().get("/api/public/audit/key").body();
  }

  /** Debian's gpg with a home of its own, as an outside auditor runs it. */
  record Gpg(Path home, String email) {
    record Result(int exitCode, String output) {}

    static Gpg withNewKey(String email) throws IOException, InterruptedException {
      Path home =
          Files.createTempDirectory(
              "gnupg",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Gpg gpg = new Gpg(home, email);
      Result made =
          gpg.run(
              null,
              "--passphrase",
              "",
              "--pinentry-mode",
              "loopback",
              "--quick-gen-key",
              "Outside Auditor <" + email + ">",
              "future-default",
              "default",
              "never");
      assertEquals(0, made.exitCode(), made.output());
      return gpg;
    }

    byte[] publicKey() throws IOException, InterruptedException {
      Result exported = run(null, "--armor", "--export", email);
      assertEquals(0, exported.exitCode(), exported.output());
      return exported.output().getBytes(StandardCharsets.US_ASCII);
    }

    Result run(byte[] input, String... arguments) throws IOException, InterruptedException {
      List<String> command =
          new ArrayList<>(List.of("gpg", "--batch", "--homedir", home.toString()));
      command.addAll(List.of(arguments));
      Process gpg = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (input != null) {
        gpg.getOutputStream().write(input);
      }
      gpg.getOutputStream().close();
      String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!gpg.waitFor(60, TimeUnit.SECONDS)) {
        gpg.destroyForcibly();
        throw new AssertionError("gpg did not finish: " + output);
      }
      return new Result(gpg.exitValue(), output);
    }
  }
}
