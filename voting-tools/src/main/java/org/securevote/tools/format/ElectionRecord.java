package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bouncycastle.math.ec.ECPoint;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.Group;

/**
 * The public election record (docs/election-record.md): everything an outsider needs to check an
 * election end to end. The server writes it with {@link #write}; the verifier reads it with {@link
 * #read}, strictly (a duplicated or unknown key, a missing field or a non-canonical encoding is
 * refused, naming the field). Reading checks encodings only; whether the record holds is {@code
 * trustee verify}'s business.
 */
public record ElectionRecord(
    Election election,
    List<String> candidates,
    int trustees,
    int threshold,
    List<PublicFile> trusteePublics,
    ECPoint publicKey,
    CeremonyFingerprint fingerprint,
    String receiptKey,
    List<RecordBallot> ballots,
    long voted,
    List<Total> encryptedTotals,
    List<PartialsFile> partialDecryptions,
    List<Count> results) {

  public static final String FORMAT = "securevote/election-record/v1";
  public static final String GROUP = "P-256";
  public static final String SINGLE_CHOICE = "SINGLE_CHOICE";
  public static final String APPROVAL = "APPROVAL";
  private static final List<String> FIELDS =
      List.of(
          "format",
          "election",
          "candidates",
          "group",
          "trustees",
          "threshold",
          "trusteePublics",
          "publicKey",
          "fingerprint",
          "receiptKey",
          "ballots",
          "voted",
          "encryptedTotals",
          "partialDecryptions",
          "results");
  private static final int DECODE_BATCH = 4096;
  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  /**
   * The election's terms; times are whole seconds, UTC. The bounds say how many candidates a ballot
   * chooses: 1..1 for {@code SINGLE_CHOICE}, any other for {@code APPROVAL}.
   */
  public record Election(
      String id,
      String title,
      String ballotType,
      ChoiceBounds choices,
      List<BallotQuestions.Question> questions,
      Instant opensAt,
      Instant closesAt) {
    /** A single-choice election. */
    public Election(String id, String title, String ballotType, Instant opensAt, Instant closesAt) {
      this(id, title, ballotType, ChoiceBounds.EXACTLY_ONE, opensAt, closesAt);
    }

    /** An election of one question. */
    public Election(
        String id,
        String title,
        String ballotType,
        ChoiceBounds choices,
        Instant opensAt,
        Instant closesAt) {
      this(id, title, ballotType, choices, List.of(), opensAt, closesAt);
    }

    /** Its ballot's questions over that many candidates; a CryptoRefusal if they do not fit. */
    public BallotLayout layout(int candidates) {
      return BallotQuestions.layout(choices, questions, candidates);
    }

    public Election {
      questions = List.copyOf(questions);
      if (id == null || !id.matches("[0-9a-f]{32}")) {
        throw new IllegalArgumentException("an election id is 32 lowercase hex digits");
      }
      if (title == null
          || ballotType == null
          || choices == null
          || opensAt == null
          || closesAt == null) {
        throw new IllegalArgumentException("an election has a title, a type and both times");
      }
      opensAt = opensAt.truncatedTo(ChronoUnit.SECONDS);
      closesAt = closesAt.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  /** A candidate's encrypted total: the component-wise sum of its ciphertexts in every ballot. */
  public record Total(String candidate, Ciphertext ciphertext) {}

  /** A candidate's published count. */
  public record Count(String candidate, long count) {}

  public ElectionRecord {
    if (election == null || publicKey == null || fingerprint == null) {
      throw new IllegalArgumentException("a record names its election, key and fingerprint");
    }
    candidates = List.copyOf(candidates);
    trusteePublics = List.copyOf(trusteePublics);
    ballots = List.copyOf(ballots);
    encryptedTotals = List.copyOf(encryptedTotals);
    partialDecryptions = List.copyOf(partialDecryptions);
    results = List.copyOf(results);
    if (receiptKey == null || !receiptKey.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("the receipt key is 64 lowercase hex digits");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a record from domain values, for the server: no JSON in sight. Totals and results are
   * given in candidate order and take their names from {@link #candidates}.
   */
  public static final class Builder {
    private Election election;
    private List<String> candidates = List.of();
    private int trustees;
    private int threshold;
    private List<PublicFile> publics = List.of();
    private ECPoint publicKey;
    private CeremonyFingerprint fingerprint;
    private String receiptKey;
    private final List<RecordBallot> ballots = new ArrayList<>();
    private long voted;
    private List<Ciphertext> totals = List.of();
    private List<PartialsFile> partials = List.of();
    private List<Long> counts = List.of();

    private Builder() {}

    public Builder election(
        String id, String title, String ballotType, Instant opensAt, Instant closesAt) {
      this.election = new Election(id, title, ballotType, opensAt, closesAt);
      return this;
    }

    public Builder election(Election election) {
      this.election = election;
      return this;
    }

    public Builder candidates(List<String> candidates) {
      this.candidates = List.copyOf(candidates);
      return this;
    }

    /** The ceremony: n, k, the n public files in trustee order, K and the fingerprint. */
    public Builder ceremony(
        int trustees,
        int threshold,
        List<PublicFile> publics,
        ECPoint publicKey,
        CeremonyFingerprint fingerprint) {
      this.trustees = trustees;
      this.threshold = threshold;
      this.publics = List.copyOf(publics);
      this.publicKey = publicKey;
      this.fingerprint = fingerprint;
      return this;
    }

    /** The server's Ed25519 public key, 32 bytes. */
    public Builder receiptKey(byte[] key) {
      this.receiptKey = org.bouncycastle.util.encoders.Hex.toHexString(key);
      return this;
    }

    public Builder ballot(RecordBallot ballot) {
      ballots.add(ballot);
      return this;
    }

    public Builder ballots(Iterable<RecordBallot> ballots) {
      ballots.forEach(this.ballots::add);
      return this;
    }

    public Builder voted(long voted) {
      this.voted = voted;
      return this;
    }

    public Builder encryptedTotals(List<Ciphertext> totals) {
      this.totals = List.copyOf(totals);
      return this;
    }

    public Builder partialDecryptions(List<PartialsFile> partials) {
      this.partials = List.copyOf(partials);
      return this;
    }

    public Builder results(List<Long> counts) {
      this.counts = List.copyOf(counts);
      return this;
    }

    public ElectionRecord build() {
      if (totals.size() > candidates.size() || counts.size() != candidates.size()) {
        throw new IllegalArgumentException("one total (or none) and one count per candidate");
      }
      return new ElectionRecord(
          election,
          candidates,
          trustees,
          threshold,
          publics,
          publicKey,
          fingerprint,
          receiptKey,
          ballots,
          voted,
          IntStream.range(0, totals.size())
              .mapToObj(i -> new Total(candidates.get(i), totals.get(i)))
              .toList(),
          partials,
          IntStream.range(0, counts.size())
              .mapToObj(i -> new Count(candidates.get(i), counts.get(i)))
              .toList());
    }
  }

  /** Writes the record as one JSON object in UTF-8, ballot by ballot. */
  public void write(OutputStream out) {
    try (JsonGenerator g = GENERATORS.createGenerator(keptOpen(out), StandardCharsets.UTF_8)) {
      g.writeStartObject().write("format", FORMAT);
      g.writeStartObject("election")
          .write("id", election.id())
          .write("title", election.title())
          .write("ballotType", election.ballotType())
          .write("minChoices", election.choices().min())
          .write("maxChoices", election.choices().max());
      BallotQuestions.write(g, election.questions());
      g.write("opensAt", election.opensAt().toString())
          .write("closesAt", election.closesAt().toString())
          .writeEnd();
      g.writeStartArray("candidates");
      candidates.forEach(g::write);
      g.writeEnd().write("group", GROUP).write("trustees", trustees).write("threshold", threshold);
      g.writeStartArray("trusteePublics");
      trusteePublics.forEach(p -> g.write(p.toJson()));
      g.writeEnd()
          .write("publicKey", Group.pointHex(publicKey))
          .write("fingerprint", fingerprint.hex())
          .write("receiptKey", receiptKey);
      g.writeStartArray("ballots");
      ballots.forEach(b -> b.write(g));
      g.writeEnd().write("voted", voted).writeStartArray("encryptedTotals");
      for (Total t : encryptedTotals) {
        g.writeStartObject()
            .write("candidate", t.candidate())
            .write("a", Group.pointHex(t.ciphertext().a()))
            .write("b", Group.pointHex(t.ciphertext().b()))
            .writeEnd();
      }
      g.writeEnd().writeStartArray("partialDecryptions");
      partialDecryptions.forEach(p -> g.write(p.toJson()));
      g.writeEnd().writeStartArray("results");
      for (Count c : results) {
        g.writeStartObject().write("candidate", c.candidate()).write("count", c.count()).writeEnd();
      }
      g.writeEnd().writeEnd();
    } catch (JsonException e) {
      throw new FormatRefusal("the election record cannot be written (" + e.getMessage() + ")");
    }
  }

  /** The caller's stream stays open: closing the generator only flushes it. */
  private static OutputStream keptOpen(OutputStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** The record as text (for tests and small elections; the server streams {@link #write}). */
  public String text() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  public static ElectionRecord read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new FormatRefusal(file + ": no such file");
    } catch (IOException e) {
      throw new FormatRefusal(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  public static ElectionRecord read(String text, String source) {
    return read(new StringReader(text), source);
  }

  public static ElectionRecord read(InputStream in, String source) {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
  }

  private static ElectionRecord read(Reader reader, String source) {
    try (StrictParser parser = new StrictParser(reader, source)) {
      if (parser.next() != JsonParser.Event.START_OBJECT) {
        throw new FormatRefusal(source + ": not one JSON object");
      }
      JsonObjectBuilder rest = Json.createBuilderFactory(Map.of()).createObjectBuilder();
      var keys = new HashSet<String>();
      List<RecordBallot> ballots = null;
      for (var e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
        String key = parser.string();
        if (!keys.add(key)) {
          throw new FormatRefusal(source + ": the key \"" + key + "\" appears twice");
        }
        if (!FIELDS.contains(key)) {
          throw new FormatRefusal(source + ": \"" + key + "\" is not a field of the record");
        }
        if (key.equals("ballots")) {
          ballots = ballots(parser, source);
        } else {
          rest.add(key, parser.value(parser.next(), key));
        }
      }
      if (parser.hasNext()) {
        throw new FormatRefusal(source + ": more follows the record's object");
      }
      if (ballots == null) {
        throw new FormatRefusal(source + ": \"ballots\" is missing");
      }
      return fromFields(new Fields(rest.build(), source), ballots);
    } catch (JsonException e) {
      throw new FormatRefusal(source + ": not one JSON object (" + e.getMessage() + ")");
    }
  }

  /** Ballot by ballot; their points are decoded a batch at a time on every core. */
  private static List<RecordBallot> ballots(StrictParser parser, String source) {
    if (parser.next() != JsonParser.Event.START_ARRAY) {
      throw new FormatRefusal(source + ": \"ballots\" is not an array");
    }
    List<RecordBallot> ballots = new ArrayList<>();
    List<JsonObject> batch = new ArrayList<>();
    for (var e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
      String where = "ballots[" + (ballots.size() + batch.size()) + "]";
      if (e != JsonParser.Event.START_OBJECT) {
        throw new FormatRefusal(source + ": " + where + " is not an object");
      }
      batch.add(parser.object(where));
      if (batch.size() == DECODE_BATCH) {
        decode(batch, ballots, source);
      }
    }
    decode(batch, ballots, source);
    return ballots;
  }

  private static void decode(List<JsonObject> batch, List<RecordBallot> into, String source) {
    int first = into.size();
    List<Object> decoded =
        IntStream.range(0, batch.size())
            .parallel()
            .mapToObj(
                i -> {
                  try {
                    return RecordBallot.fromJson(
                        new Fields(batch.get(i), source + " ballots[" + (first + i) + "]"));
                  } catch (FormatRefusal e) {
                    return e;
                  }
                })
            .toList();
    for (Object d : decoded) {
      if (d instanceof FormatRefusal e) {
        throw e; // the first in the record's order
      }
      into.add((RecordBallot) d);
    }
    batch.clear();
  }

  private static ElectionRecord fromFields(Fields f, List<RecordBallot> ballots) {
    f.requireFormat(FORMAT);
    Fields e =
        f.object("election")
            .only(
                "id",
                "title",
                "ballotType",
                "minChoices",
                "maxChoices",
                BallotQuestions.FIELD,
                "opensAt",
                "closesAt");
    String id = e.text("id");
    if (!id.matches("[0-9a-f]{32}")) {
      throw e.refuse("id", "is not 32 lowercase hex digits");
    }
    String type = e.text("ballotType");
    if (!SINGLE_CHOICE.equals(type) && !APPROVAL.equals(type)) {
      throw e.refuse(
          "ballotType",
          "is not " + SINGLE_CHOICE + " or " + APPROVAL + ", the types this tool knows");
    }
    ChoiceBounds choices = BallotJson.choiceBounds(e);
    if (choices.singleChoice() != SINGLE_CHOICE.equals(type)) {
      throw e.refuse("minChoices", "and maxChoices are 1 and 1 exactly for " + SINGLE_CHOICE);
    }
    List<BallotQuestions.Question> questions = BallotQuestions.read(e);
    Election election =
        new Election(
            id,
            e.text("title"),
            type,
            choices,
            questions,
            instant(e, "opensAt"),
            instant(e, "closesAt"));
    List<String> candidates = f.texts("candidates");
    if (candidates.isEmpty()) {
      throw f.refuse("candidates", "is empty");
    }
    if (new HashSet<>(candidates).size() != candidates.size()) {
      throw f.refuse("candidates", "names a candidate twice");
    }
    BallotQuestions.layout(e, choices, questions, candidates.size());
    if (!GROUP.equals(f.text("group"))) {
      throw f.refuse("group", "is not " + GROUP);
    }
    List<PublicFile> publics = new ArrayList<>();
    for (Fields p : f.objects("trusteePublics")) {
      publics.add(PublicFile.fromJson(p));
    }
    String fingerprint = f.text("fingerprint");
    if (!fingerprint.matches("[0-9a-f]{64}")) {
      throw f.refuse("fingerprint", "is not 64 lowercase hex digits");
    }
    String receiptKey = f.text("receiptKey");
    if (!receiptKey.matches("[0-9a-f]{64}")) {
      throw f.refuse("receiptKey", "is not 64 lowercase hex digits (an Ed25519 public key)");
    }
    List<Total> totals = new ArrayList<>();
    for (Fields t : f.objects("encryptedTotals")) {
      t.only("candidate", "a", "b");
      totals.add(new Total(t.text("candidate"), new Ciphertext(t.point("a"), t.point("b"))));
    }
    List<PartialsFile> partials = new ArrayList<>();
    for (Fields p : f.objects("partialDecryptions")) {
      partials.add(PartialsFile.fromJson(p));
    }
    List<Count> results = new ArrayList<>();
    for (Fields r : f.objects("results")) {
      r.only("candidate", "count");
      results.add(new Count(r.text("candidate"), r.integer("count")));
    }
    return new ElectionRecord(
        election,
        candidates,
        f.integer("trustees"),
        f.integer("threshold"),
        publics,
        f.point("publicKey"),
        new CeremonyFingerprint(fingerprint),
        receiptKey,
        ballots,
        f.integer("voted"),
        totals,
        partials,
        results);
  }

  private static Instant instant(Fields f, String name) {
    String text = f.text(name);
    try {
      Instant instant = Instant.parse(text);
      if (!text.endsWith("Z") || instant.getNano() != 0 || !instant.toString().equals(text)) {
        throw f.refuse(name, "is not an ISO-8601 instant in UTC, e.g. 2026-12-01T10:00:00Z");
      }
      return instant;
    } catch (DateTimeParseException ex) {
      throw f.refuse(name, "is not an ISO-8601 instant in UTC, e.g. 2026-12-01T10:00:00Z");
    }
  }
}
