package org.securevote.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.securevote.ballot.boundary.BallotsHead;
import org.securevote.ballot.boundary.ElectionRecords;
import org.securevote.ballot.boundary.EncryptedTotals;
import org.securevote.ballot.boundary.PostedBallot;
import org.securevote.ballot.boundary.RecordHead;
import org.securevote.election.entity.ElectionId;
import org.securevote.tools.format.BallotQuestions;

/**
 * Writes the election record (docs/election-record.md) and the trustees' BALLOTS.json
 * (docs/election-crypto.md) as a stream: the ballots are fetched a page at a time and each is
 * written as soon as it is read, so a record of 100,000 ballots is never held in memory.
 */
final class RecordJson {
  static final String FORMAT = "securevote/election-record/v1";
  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private RecordJson() {}

  /** The whole record; {@code pages} gives the page of ballots after a tracker ("" first). */
  /**
   * An election record as a download, streamed ballot by ballot: 404 for an unknown election, 409
   * while the caller may not see its results (ResultsRelease, which lets staff see them once
   * decrypted).
   */
  static Response download(ElectionRecords records, String id) {
    ElectionId election = new ElectionId(id);
    RecordHead head = records.head(election);
    StreamingOutput body = out -> record(head, after -> records.ballots(election, after), out);
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"election-" + id + "-record.json\"")
        .build();
  }

  static void record(RecordHead head, Function<String, PostedBallot.Page> pages, OutputStream out) {
    try (JsonGenerator g = GENERATORS.createGenerator(out)) {
      g.writeStartObject().write("format", FORMAT);
      g.writeStartObject("election")
          .write("id", head.electionId())
          .write("title", head.title())
          .write("ballotType", head.ballotType())
          .write("minChoices", head.minChoices())
          .write("maxChoices", head.maxChoices());
      BallotQuestions.write(g, head.questions());
      g.write("opensAt", instant(head.opensAt()))
          .write("closesAt", instant(head.closesAt()))
          .writeEnd();
      g.writeStartArray("candidates");
      head.candidates().forEach(g::write);
      g.writeEnd();
      g.write("group", "P-256")
          .write("trustees", head.trustees())
          .write("threshold", head.threshold());
      g.writeStartArray("trusteePublics");
      head.trusteePublics().forEach(file -> g.write(object(file)));
      g.writeEnd();
      g.write("publicKey", head.publicKey())
          .write("fingerprint", head.fingerprint())
          .write("receiptKey", head.receiptKey());
      g.writeStartArray("ballots");
      eachBallot(
          pages,
          b -> {
            g.writeStartObject()
                .write("tracker", b.tracker())
                .write("encryptedBy", b.encryptedBy())
                .write("receipt", b.receipt());
            ballotFields(g, b);
            g.writeEnd();
          });
      g.writeEnd();
      g.write("voted", head.voted());
      g.writeStartArray("encryptedTotals");
      for (EncryptedTotals.Total t : head.encryptedTotals()) {
        g.writeStartObject()
            .write("candidate", t.candidate())
            .write("a", t.a())
            .write("b", t.b())
            .writeEnd();
      }
      g.writeEnd();
      g.writeStartArray("partialDecryptions");
      head.partialDecryptions().forEach(file -> g.write(object(file)));
      g.writeEnd();
      g.writeStartArray("results");
      for (RecordHead.Result r : head.results()) {
        g.writeStartObject().write("candidate", r.candidate()).write("count", r.count()).writeEnd();
      }
      g.writeEnd();
      g.writeEnd();
    }
  }

  /**
   * BALLOTS.json for the trustees' tool: election, key, fingerprint, bounds, candidates, ballots.
   */
  static void ballotsFile(
      BallotsHead head, Function<String, PostedBallot.Page> pages, OutputStream out) {
    try (JsonGenerator g = GENERATORS.createGenerator(out)) {
      g.writeStartObject()
          .write("electionId", head.electionId())
          .write("publicKey", head.publicKey())
          .write("fingerprint", head.fingerprint())
          .write("minChoices", head.minChoices())
          .write("maxChoices", head.maxChoices());
      BallotQuestions.write(g, head.questions());
      g.writeStartArray("candidates");
      head.candidates().forEach(g::write);
      g.writeEnd();
      g.writeStartArray("ballots");
      eachBallot(
          pages,
          b -> {
            g.writeStartObject();
            ballotFields(g, b);
            g.writeEnd();
          });
      g.writeEnd();
      g.writeEnd();
    }
  }

  private static void eachBallot(
      Function<String, PostedBallot.Page> pages, java.util.function.Consumer<PostedBallot> write) {
    String after = "";
    while (after != null) {
      PostedBallot.Page page = pages.apply(after);
      page.ballots().forEach(write);
      after = page.next();
    }
  }

  /**
   * The ballot as cast: its selections, 0-or-1 proofs and count proof (sumIsOne on a single-choice
   * ballot, countInRange on an approval ballot), copied field by field.
   */
  private static void ballotFields(JsonGenerator g, PostedBallot b) {
    JsonObject ballot = object(b.content());
    String count =
        Stream.of("countInRange", "questionCounts")
            .filter(ballot::containsKey)
            .findFirst()
            .orElse("sumIsOne");
    g.write("selections", ballot.get("selections"))
        .write("zeroOrOne", ballot.get("zeroOrOne"))
        .write(count, ballot.get(count));
  }

  private static JsonObject object(String json) {
    try (var reader = READERS.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
