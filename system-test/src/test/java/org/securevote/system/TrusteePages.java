package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.securevote.tools.crypto.ElectionKey;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.crypto.TrusteePublicKey;
import org.securevote.tools.crypto.TrusteeShare;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.CeremonyFingerprint;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.PublicFiles;

/**
 * The key ceremony the way an admin and a trustee run it through the pages: the admin appoints, the
 * trustee downloads CEREMONY.json, makes its key with the tool's classes in this process, uploads
 * its public file, checks the fingerprint, receives and confirms.
 */
final class TrusteePages {
  static final String PASSWORD = "trustee-password-for-tests";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrusteePages() {}

  /** A fresh trustee account with a password; returns its email. */
  static String newTrustee() {
    return TestAccounts.create("TRUSTEE", PASSWORD);
  }

  /** Appoints these trustees (k of n) on the election page; the answer. */
  static HttpResponse<String> appoint(
      WebSession admin, String electionId, int threshold, String... emails) {
    String page = "/admin/election.xhtml?id=" + electionId;
    return withMailCatcher(
        () ->
            admin.submit(
                admin.get(page).body(),
                "appoint",
                Map.of(
                    "appoint:emails",
                    String.join("\n", emails),
                    "appoint:threshold",
                    Integer.toString(threshold),
                    "appoint:submit",
                    "Appoint trustees")));
  }

  /**
   * Runs something that sends the trustees' invitations: tests without a mail catcher of their own
   * get one meanwhile (appointing refuses when the mail cannot be sent).
   */
  static <T> T withMailCatcher(java.util.function.Supplier<T> work) {
    GreenMail mail =
        new GreenMail(
            new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));
    boolean started = false;
    try {
      mail.start();
      started = true;
    } catch (RuntimeException e) {
      // a test's own mail catcher holds the port already
    }
    try {
      return work.get();
    } finally {
      if (started) {
        mail.stop();
      }
    }
  }

  /** What the 1-of-1 trustee of each election made here keeps on its own machine. */
  private record Held(String email, ElectionKey key, BigInteger share) {}

  private static final Map<String, Held> HELD = new ConcurrentHashMap<>();

  /**
   * After closing, the 1-of-1 trustee that {@link #oneTrusteeCeremony} made decrypts the election's
   * totals as `trustee decrypt` does: BALLOTS.json from the server, every ballot checked and added
   * up on the trustee's side, the partial decryptions sent back; the results then exist.
   */
  static void decrypt(String electionId) {
    Held held = HELD.get(electionId);
    if (held == null) {
      throw new IllegalStateException("no trustee of " + electionId + " was made here");
    }
    WebSession trustee = new WebSession();
    trustee.signIn(held.email(), PASSWORD);
    String file =
        Trustees.decrypt(Trustees.download(trustee, electionId), held.key(), 1, held.share());
    HttpResponse<String> sent = Trustees.send(trustee, electionId, file);
    assertEquals(200, sent.statusCode(), sent.body());
  }

  /** The partial decryptions the election's 1-of-1 trustee made here computes from BALLOTS.json. */
  static String partials(String electionId, java.nio.file.Path ballotsFile) {
    Held held = HELD.get(electionId);
    if (held == null) {
      throw new IllegalStateException("no trustee of " + electionId + " was made here");
    }
    return Trustees.decrypt(ballotsFile, held.key(), 1, held.share());
  }

  /** One trustee, 1 of 1, runs the whole ceremony over HTTP; the election then has its key. */
  static void oneTrusteeCeremony(WebSession admin, String electionId) {
    String email = newTrustee();
    HttpResponse<String> appointed = appoint(admin, electionId, 1, email);
    assertTrue(appointed.body().contains("Trustees appointed"), appointed.body());
    WebSession trustee = new WebSession();
    trustee.signIn(email, PASSWORD);
    Ceremony ceremony = ceremonyFile(trustee, electionId);
    assertEquals(1, ceremony.trustee());

    // keygen, as the tool does it
    KeyPair key = KeyPair.generate(RANDOM);
    Polynomial polynomial = Polynomial.random(ceremony.threshold(), RANDOM);
    PublicFile file =
        new PublicFile(
            ceremony,
            TrusteePublicKey.publish(electionId, 1, key, RANDOM),
            polynomial.commit(electionId, 1, RANDOM));
    HttpResponse<String> published =
        trustee.upload(
            ceremonyPage(electionId),
            "publish",
            "publish:file",
            Map.of("publish:submit", "Publish my public file"),
            PublicFile.name(1),
            "application/json",
            JsonFiles.text(file.toJson()).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, published.statusCode(), published.body());

    // the files back from the server, and the fingerprint compared with our own
    String stored = trustee.get(files(electionId) + "/publics/" + PublicFile.name(1)).body();
    PublicFile back = PublicFile.fromJson(JsonFiles.parse(stored, PublicFile.name(1)));
    back.check(ceremony, 1, PublicFile.name(1));
    CeremonyFingerprint fingerprint = CeremonyFingerprint.of(ceremony, List.of(back));
    assertEquals(
        fingerprint.grouped(), trustee.get(files(electionId) + "/fingerprint").body().strip());

    // receive: the only share is our own f(1); it must match the published commitments
    PublicFiles publics = PublicFiles.of(ceremony, List.of(back));
    TrusteeShare share =
        TrusteeShare.combine(publics.electionKey(), 1, List.<BigInteger>of(polynomial.at(1)));
    assertEquals(polynomial.at(1), share.secret());

    // confirmed as a scripted trustee does it, through /api, told in the language it asks for
    HttpResponse<String> told =
        trustee.send(
            "POST",
            "/api/trustee/elections/" + electionId + "/confirmation",
            "application/json",
            "",
            Map.of("Origin", Trustees.origin(), "Accept-Language", "fr"));
    assertEquals(200, told.statusCode(), told.body());
    jakarta.json.JsonObject step = JsonFiles.parse(told.body(), "confirmation").object();
    assertEquals("le garant 1 a confirmé ses parts", step.getString("did"));
    assertTrue(step.getBoolean("completed"), told.body());
    HttpResponse<String> confirmed = trustee.get(ceremonyPage(electionId));
    assertEquals("complete", Jsoup.parse(confirmed.body()).getElementById("ceremonyStage").text());
    assertEquals(
        Group.pointHex(publics.electionKey().publicKey()),
        Jsoup.parse(confirmed.body()).getElementById("publicKey").text());
    HELD.put(electionId, new Held(email, publics.electionKey(), share.secret()));
  }

  /**
   * What the 1-of-1 trustee of an election made here keeps, as "email share-in-hex", so a later
   * process can act as that trustee ({@link #holdAgain}) on a copy of the database.
   */
  static String held(String electionId) {
    Held held = HELD.get(electionId);
    if (held == null) {
      throw new IllegalStateException("no trustee of " + electionId + " was made here");
    }
    return held.email() + " " + held.share().toString(16);
  }

  /**
   * Takes up what {@link #held} gave: the trustee signs in, reads the ceremony's files back from
   * the server as the tool does, rebuilds the election key and checks its share against it.
   */
  static void holdAgain(String electionId, String held) {
    String[] parts = held.split(" ");
    BigInteger secret = new BigInteger(parts[1], 16);
    WebSession trustee = new WebSession();
    trustee.signIn(parts[0], PASSWORD);
    Ceremony ceremony = ceremonyFile(trustee, electionId);
    String stored = trustee.get(files(electionId) + "/publics/" + PublicFile.name(1)).body();
    PublicFile back = PublicFile.fromJson(JsonFiles.parse(stored, PublicFile.name(1)));
    back.check(ceremony, 1, PublicFile.name(1));
    ElectionKey key = PublicFiles.of(ceremony, List.of(back)).electionKey();
    HELD.put(electionId, new Held(parts[0], key, TrusteeShare.restore(key, 1, secret).secret()));
  }

  /** The trustees' tool as trustees run it: the shaded jar the build made, in its own process. */
  static ToolRun tool(java.nio.file.Path dir, String passphrase, String... args) {
    return run(dir, passphrase, args);
  }

  /** `trustee check-challenge` on the file, naming each of these with --choice. */
  static ToolRun checkChallenge(
      java.nio.file.Path dir, String file, String keyHex, String... choices) {
    java.util.List<String> args =
        new java.util.ArrayList<>(java.util.List.of("check-challenge", "--challenge", file));
    for (String choice : choices) {
      args.add("--choice");
      args.add(choice);
    }
    args.addAll(java.util.List.of("--public-key", keyHex));
    return anyone(dir, args.toArray(String[]::new));
  }

  /** A command of the tool that anyone may run and that takes no passphrase (verify, ...). */
  static ToolRun anyone(java.nio.file.Path dir, String... args) {
    return run(dir, null, args);
  }

  private static ToolRun run(java.nio.file.Path dir, String passphrase, String... args) {
    try {
      java.nio.file.Path jar;
      try (var found =
          java.nio.file.Files.newDirectoryStream(
              java.nio.file.Path.of("..", "voting-tools", "target"),
              "voting-tools-*-trustee.jar")) {
        jar = found.iterator().next();
      }
      List<String> command = new java.util.ArrayList<>();
      command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-jar");
      command.add(jar.toAbsolutePath().toString());
      command.addAll(List.of(args));
      if (passphrase != null) {
        command.add("--passphrase-env");
        command.add("TRUSTEE_PASSPHRASE");
      }
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
      if (passphrase != null) {
        builder.environment().put("TRUSTEE_PASSPHRASE", passphrase);
      }
      java.nio.file.Path out = java.nio.file.Files.createTempFile(dir, "out", ".txt");
      java.nio.file.Path err = java.nio.file.Files.createTempFile(dir, "err", ".txt");
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      int exit = process.waitFor();
      return new ToolRun(
          exit, java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What a run of the tool gave: exit code, stdout, stderr. */
  record ToolRun(int exit, String out, String err) {}

  static String ceremonyPage(String electionId) {
    return "/trustee/ceremony.xhtml?election=" + electionId;
  }

  static String files(String electionId) {
    return "/api/trustee/elections/" + electionId;
  }

  /** CEREMONY.json as this trustee downloads it, read as the tool reads it. */
  static Ceremony ceremonyFile(WebSession trustee, String electionId) {
    HttpResponse<String> response = trustee.get(files(electionId) + "/CEREMONY.json");
    assertEquals(200, response.statusCode(), response.body());
    Fields f = JsonFiles.parse(response.body(), "CEREMONY.json");
    return Ceremony.of(f, f.text("electionId"), f.integer("trustee"));
  }
}
