package org.securevote.election.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.securevote.platform.DisplayText;
import org.securevote.platform.NetworkRanges;
import org.securevote.platform.Text;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.ChoiceBounds;

/** An election and the rules for changing it. Every state change goes through a method here. */
@Entity
@Table(name = "election")
@EntityListeners(ElectionChangeListener.class)
@NamedQuery(name = Election.ALL, query = "select e from Election e order by e.opensAt desc")
@NamedQuery(
    name = Election.IN_STATUS,
    query = "select e from Election e where e.status in :statuses order by e.opensAt desc")
@NamedQuery(
    name = Election.DUE_TO_OPEN,
    query = "select e.id from Election e where e.status = :scheduled and e.opensAt <= :now")
@NamedQuery(
    name = Election.DUE_TO_CLOSE,
    query = "select e.id from Election e where e.status in :running and e.closesAt <= :now")
public class Election {
  public static final String ALL = "Election.all";
  public static final String IN_STATUS = "Election.inStatus";
  public static final String DUE_TO_OPEN = "Election.dueToOpen";
  public static final String DUE_TO_CLOSE = "Election.dueToClose";

  /** Years 2000 to 9999 in any time zone; PostgreSQL and pages cope with these. */
  private static final Instant EARLIEST = Instant.parse("1999-12-31T00:00:00Z");

  private static final Instant LATEST = Instant.parse("+10000-01-02T00:00:00Z");

  /** The lifecycle: which actions each status allows. Every method below checks it. */
  private static final Map<ElectionStatus, Set<ElectionAction>> ALLOWED =
      Map.of(
          ElectionStatus.DRAFT,
          EnumSet.of(ElectionAction.EDIT, ElectionAction.SCHEDULE, ElectionAction.CANCEL),
          ElectionStatus.SCHEDULED,
          EnumSet.of(ElectionAction.OPEN, ElectionAction.CLOSE, ElectionAction.CANCEL),
          ElectionStatus.OPEN,
          EnumSet.of(ElectionAction.CLOSE, ElectionAction.CANCEL),
          ElectionStatus.CLOSED,
          EnumSet.of(ElectionAction.PUBLISH),
          ElectionStatus.PUBLISHED,
          EnumSet.noneOf(ElectionAction.class),
          ElectionStatus.CANCELLED,
          EnumSet.noneOf(ElectionAction.class));

  @Id private String id;
  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "ballot_type")
  private BallotType ballotType;

  @Column(name = "opens_at")
  private OffsetDateTime opensAt;

  @Column(name = "closes_at")
  private OffsetDateTime closesAt;

  @Enumerated(EnumType.STRING)
  private ElectionStatus status;

  @Column(name = "tally_digest")
  private String tallyDigest;

  @Column(name = "allowed_networks")
  private String allowedNetworks;

  @Column(name = "fresh_code_required")
  private boolean freshCodeRequired;

  @Column(name = "min_choices")
  private int minChoices = 1;

  @Column(name = "max_choices")
  private int maxChoices = 1;

  @Column(name = "trustee_count")
  private Integer trusteeCount;

  private Integer threshold;

  @Column(name = "public_key")
  private String publicKey;

  private String fingerprint;

  @Version private int version;

  /** In ballot order: the election's own question first, then each further question's answers. */
  @OneToMany(mappedBy = "election", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("displayOrder")
  private List<Candidate> candidates = new ArrayList<>();

  @OneToMany(mappedBy = "election", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("displayOrder")
  private List<Question> questions = new ArrayList<>();

  protected Election() {}

  public Election(ElectionId id, ElectionTerms terms) {
    this.id = id.value();
    this.status = ElectionStatus.DRAFT;
    apply(terms);
  }

  public void revise(ElectionTerms terms) {
    require(ElectionAction.EDIT, "edited");
    apply(terms);
  }

  public Candidate addCandidate(String name, String description) {
    return addCandidate(name, description, null);
  }

  /**
   * A candidate (an answer) for the further question of that id, or for the election's own first
   * question when the id is null. It goes last among its question's, so each question's answers
   * stay together on the ballot.
   */
  public Candidate addCandidate(String name, String description, String questionId) {
    require(ElectionAction.EDIT, "givenCandidates");
    Question question = questionId == null ? null : question(questionId);
    int rank = question == null ? 0 : question.displayOrder();
    String key = DisplayText.comparable(name);
    if (candidates.stream()
        .anyMatch(c -> c.questionRank() == rank && DisplayText.comparable(c.name()).equals(key))) {
      throw new ElectionRuleViolation(
          question == null
              ? Text.of("election.candidateExists", name.strip())
              : Text.of("election.answerExists", name.strip()));
    }
    Candidate candidate =
        new Candidate(
            this, question, name.strip(), description == null ? "" : description.strip(), 0);
    int at = (int) candidates.stream().filter(c -> c.questionRank() <= rank).count();
    candidates.add(at, candidate);
    renumber();
    return candidate;
  }

  /**
   * A further question after the election's own (and any added before it), e.g. a motion; its
   * answers are then added as its candidates.
   */
  public Question addQuestion(String title, int minChoices, int maxChoices) {
    require(ElectionAction.EDIT, "givenQuestions");
    if (minChoices < 0 || maxChoices < 1 || minChoices > maxChoices) {
      throw new ElectionRuleViolation(Text.of("election.answerBounds"));
    }
    String key = DisplayText.comparable(title);
    if (DisplayText.comparable(this.title).equals(key)
        || questions.stream().anyMatch(q -> DisplayText.comparable(q.title()).equals(key))) {
      throw new ElectionRuleViolation(Text.of("election.questionExists", title.strip()));
    }
    Question question =
        new Question(
            this, title.strip(), new ChoiceBounds(minChoices, maxChoices), questions.size() + 1);
    questions.add(question);
    return question;
  }

  /** Removes a further question with its answers. */
  public void removeQuestion(String questionId) {
    require(ElectionAction.EDIT, "changed");
    Question question = question(questionId);
    candidates.removeAll(answers(question));
    questions.remove(question);
    for (int i = 0; i < questions.size(); i++) {
      questions.get(i).displayOrder(i + 1);
    }
    renumber();
  }

  /**
   * Moves a further question one place up or down among the further questions, with its answers
   * (the election's own question stays first).
   */
  public void moveQuestion(String questionId, boolean up) {
    require(ElectionAction.EDIT, "changed");
    int index = questions.indexOf(question(questionId));
    int other = up ? index - 1 : index + 1;
    if (other >= 0 && other < questions.size()) {
      Collections.swap(questions, index, other);
      for (int i = 0; i < questions.size(); i++) {
        questions.get(i).displayOrder(i + 1);
      }
      candidates.sort(Comparator.comparingInt(Candidate::questionRank)); // stable: answers' order
      renumber();
    }
  }

  private Question question(String questionId) {
    return questions.stream()
        .filter(q -> q.id().equals(questionId))
        .findFirst()
        .orElseThrow(() -> new ElectionRuleViolation(Text.of("election.noSuchQuestion")));
  }

  public void removeCandidate(String candidateId) {
    require(ElectionAction.EDIT, "changed");
    if (!candidates.removeIf(c -> c.id().equals(candidateId))) {
      throw new ElectionRuleViolation(Text.of("election.noSuchCandidate"));
    }
    renumber();
  }

  /**
   * Moves a candidate one place up (towards the top of the ballot) or down, within its question.
   */
  public void moveCandidate(String candidateId, boolean up) {
    require(ElectionAction.EDIT, "changed");
    int index = indexOf(candidateId);
    int other = up ? index - 1 : index + 1;
    if (other >= 0
        && other < candidates.size()
        && candidates.get(other).questionRank() == candidates.get(index).questionRank()) {
      Collections.swap(candidates, index, other);
      renumber();
    }
  }

  /** Freezes terms, candidates and the election key; the window then opens and closes by itself. */
  public void schedule(Instant now) {
    require(ElectionAction.SCHEDULE, "scheduled");
    int own = ownCandidates().size();
    if (own < 2) {
      throw new ElectionRuleViolation(Text.of("election.twoCandidates"));
    }
    if (!choiceBounds().fit(own)) {
      throw new ElectionRuleViolation(Text.of("election.tooFewCandidates", maxChoices, own));
    }
    for (Question q : questions) {
      int answers = answers(q).size();
      if (answers < 2 || !q.bounds().fit(answers)) {
        throw new ElectionRuleViolation(
            Text.of("election.tooFewAnswers", q.title(), q.bounds().max()));
      }
    }
    if (!closesAt.toInstant().isAfter(now)) {
      throw new ElectionRuleViolation(Text.of("election.endedChangeIt"));
    }
    // Ballots are encrypted to the trustees' key, so there is nothing to vote with before it.
    if (publicKey == null) {
      throw new ElectionRuleViolation(Text.of("election.noKeyYet"));
    }
    status = ElectionStatus.SCHEDULED;
  }

  /** Opens now, even before the scheduled opening. */
  public void open(Instant now) {
    require(ElectionAction.OPEN, "opened");
    if (!closesAt.toInstant().isAfter(now)) {
      throw new ElectionRuleViolation(Text.of("election.ended"));
    }
    if (opensAt.toInstant().isAfter(now)) {
      opensAt = utc(now);
    }
    status = ElectionStatus.OPEN;
  }

  /** Closes now, even before the scheduled closing. The ballots are added up next. */
  public void close(Instant now) {
    require(ElectionAction.CLOSE, "closed");
    if (closesAt.toInstant().isAfter(now)) {
      closesAt = utc(now);
      if (opensAt.isAfter(closesAt)) {
        opensAt = closesAt;
      }
    }
    status = ElectionStatus.CLOSED;
  }

  public void cancel() {
    require(ElectionAction.CANCEL, "cancelled");
    status = ElectionStatus.CANCELLED;
  }

  /**
   * The results exist: decrypted by the trustees (or all 0 with no ballots), with this digest.
   * Recorded by the tally, not by an admin's action.
   */
  public void recordTally(String digest) {
    if (status != ElectionStatus.CLOSED) {
      throw refused("counted");
    }
    tallyDigest = digest;
  }

  /** Closed, with encrypted totals that k trustees have not decrypted yet: no results so far. */
  public boolean awaitingTrustees() {
    return status == ElectionStatus.CLOSED && tallyDigest == null;
  }

  /** The state as pages name it: the status, or "awaiting trustees" between closing and results. */
  public String stage() {
    return awaitingTrustees() ? "awaiting trustees" : status.name().toLowerCase();
  }

  public void publish() {
    if (awaitingTrustees()) {
      throw new ElectionRuleViolation(Text.of("election.notDecryptedYet"));
    }
    require(ElectionAction.PUBLISH, "published");
    status = ElectionStatus.PUBLISHED;
  }

  /**
   * How many trustees hold the election key (n) and how many of them decrypt together (k). Only a
   * draft's terms change, and a key made for other terms no longer applies.
   */
  public void appointTrustees(int trustees, int threshold) {
    require(ElectionAction.EDIT, "givenTrustees");
    if (trustees < 1 || threshold < 1 || threshold > trustees) {
      throw new ElectionRuleViolation(Text.of("election.trusteeBounds"));
    }
    this.trusteeCount = trustees;
    this.threshold = threshold;
    dropKey();
  }

  /**
   * The public key K and ceremony fingerprint a completed key ceremony produced (the trustee
   * component checks the ceremony). Frozen once the election leaves the draft.
   */
  public void adoptKey(String publicKeyHex, String fingerprintHex) {
    require(ElectionAction.EDIT, "givenKey");
    if (threshold == null) {
      throw new ElectionRuleViolation(Text.of("election.trusteesFirst"));
    }
    this.publicKey = publicKeyHex;
    this.fingerprint = fingerprintHex;
  }

  /** Forgets the key, e.g. when a trustee is replaced and the ceremony starts again. */
  public void dropKey() {
    require(ElectionAction.EDIT, "givenKey");
    this.publicKey = null;
    this.fingerprint = null;
  }

  /** Whether a ballot cast at {@code now} is inside this election's voting window. */
  public boolean acceptsBallotsAt(Instant now) {
    return running() && windowContains(now);
  }

  /** Scheduled and inside its window; a window that has passed as a whole is due to close. */
  public boolean dueToOpenAt(Instant now) {
    return status == ElectionStatus.SCHEDULED && windowContains(now);
  }

  /** Scheduled or open, and its window has ended. */
  public boolean dueToCloseAt(Instant now) {
    return running() && !now.isBefore(closesAt.toInstant());
  }

  /** Scheduled or open: its window is still to come or under way. */
  private boolean running() {
    return status == ElectionStatus.SCHEDULED || status == ElectionStatus.OPEN;
  }

  private boolean windowContains(Instant now) {
    return !now.isBefore(opensAt.toInstant()) && now.isBefore(closesAt.toInstant());
  }

  /** The roll may change until voting starts (by the clock, whatever the status says yet). */
  public boolean rollCanChange(Instant now) {
    return status == ElectionStatus.DRAFT
        || (status == ElectionStatus.SCHEDULED && now.isBefore(opensAt.toInstant()));
  }

  public Optional<Candidate> candidate(String candidateId) {
    return candidates.stream().filter(c -> c.id().equals(candidateId)).findFirst();
  }

  private void apply(ElectionTerms terms) {
    if (!terms.closesAt().isAfter(terms.opensAt())) {
      throw new ElectionRuleViolation(Text.of("election.closeAfterOpen"));
    }
    if (outsideCalendar(terms.opensAt()) || outsideCalendar(terms.closesAt())) {
      throw new ElectionRuleViolation(Text.of("election.calendar"));
    }
    if (!terms.ballotType().supported()) {
      throw new ElectionRuleViolation(Text.of("election.ballotTypeUnavailable"));
    }
    requireBounds(terms);
    title = terms.title().strip();
    description = terms.description() == null ? "" : terms.description().strip();
    ballotType = terms.ballotType();
    minChoices = terms.ballotType() == BallotType.SINGLE_CHOICE ? 1 : terms.minChoices();
    maxChoices = terms.ballotType() == BallotType.SINGLE_CHOICE ? 1 : terms.maxChoices();
    opensAt = utc(terms.opensAt());
    closesAt = utc(terms.closesAt());
    try {
      allowedNetworks = NetworkRanges.parse(terms.allowedNetworks()).toString();
    } catch (NetworkRanges.NotARange e) {
      throw new ElectionRuleViolation(e.text());
    }
    freshCodeRequired = terms.freshCodeRequired();
  }

  /** An approval ballot's bounds; a single-choice ballot's are 1..1 whatever was typed. */
  private static void requireBounds(ElectionTerms terms) {
    if (terms.ballotType() != BallotType.APPROVAL) {
      return;
    }
    int min = terms.minChoices();
    int max = terms.maxChoices();
    if (min < 0 || max < 1 || min > max) {
      throw new ElectionRuleViolation(Text.of("election.candidateBounds"));
    }
    if (min == 1 && max == 1) {
      throw new ElectionRuleViolation(Text.of("election.exactlyOne"));
    }
  }

  private static boolean outsideCalendar(Instant instant) {
    return instant.isBefore(EARLIEST) || !instant.isBefore(LATEST);
  }

  /**
   * The actions this election's status allows. One may still be refused for another reason, which
   * its refusal names (e.g. scheduling with fewer than two candidates).
   */
  public Set<ElectionAction> allowedActions() {
    if (awaitingTrustees()) {
      return Collections.unmodifiableSet(
          EnumSet.noneOf(ElectionAction.class)); // publish needs results
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(ALLOWED.get(status)));
  }

  /** {@code done} names what the action would do, a key under {@code election.cannotBe.}. */
  private void require(ElectionAction action, String done) {
    if (!allowedActions().contains(action)) {
      throw refused(done);
    }
  }

  private ElectionRuleViolation refused(String done) {
    return new ElectionRuleViolation(
        Text.of(
            "election.cannot",
            Text.of("election.status." + status.name()),
            Text.of("election.cannotBe." + done)));
  }

  private int indexOf(String candidateId) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).id().equals(candidateId)) {
        return i;
      }
    }
    throw new ElectionRuleViolation(Text.of("election.noSuchCandidate"));
  }

  private void renumber() {
    for (int i = 0; i < candidates.size(); i++) {
      candidates.get(i).displayOrder(i + 1);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The ranges voters may vote from; unrestricted when the admin listed none. */
  public NetworkRanges allowedNetworks() {
    return NetworkRanges.parse(allowedNetworks);
  }

  public boolean freshCodeRequired() {
    return freshCodeRequired;
  }

  public ElectionId id() {
    return new ElectionId(id);
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public BallotType ballotType() {
    return ballotType;
  }

  /** How many candidates a ballot chooses: 1..1 for single choice. */
  public ChoiceBounds choiceBounds() {
    return new ChoiceBounds(minChoices, maxChoices);
  }

  /** The candidates of the election's own question, in ballot order. */
  public List<Candidate> ownCandidates() {
    return candidates.stream().filter(c -> c.questionRank() == 0).toList();
  }

  /** A further question's answers, in ballot order. */
  public List<Candidate> answers(Question question) {
    return candidates.stream().filter(c -> c.questionRank() == question.displayOrder()).toList();
  }

  /** The further questions after the election's own, in ballot order. */
  public List<Question> questions() {
    return Collections.unmodifiableList(questions);
  }

  /**
   * The ballot's questions as its proofs see them: the election's own candidates within its bounds,
   * then each further question's answers within theirs.
   */
  public BallotLayout ballotLayout() {
    List<BallotLayout.Question> layout = new ArrayList<>();
    layout.add(new BallotLayout.Question(ownCandidates().size(), choiceBounds()));
    for (Question q : questions) {
      layout.add(new BallotLayout.Question(answers(q).size(), q.bounds()));
    }
    return new BallotLayout(layout);
  }

  public Instant opensAt() {
    return opensAt.toInstant();
  }

  public Instant closesAt() {
    return closesAt.toInstant();
  }

  public ElectionStatus status() {
    return status;
  }

  /** n, once trustees are appointed. */
  public Optional<Integer> trusteeCount() {
    return Optional.ofNullable(trusteeCount);
  }

  /** k, once trustees are appointed. */
  public Optional<Integer> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** K as 66 lowercase hex digits (a compressed P-256 point), once the ceremony is complete. */
  public Optional<String> publicKey() {
    return Optional.ofNullable(publicKey);
  }

  /** The ceremony fingerprint trustees compared out of band, 64 lowercase hex digits. */
  public Optional<String> fingerprint() {
    return Optional.ofNullable(fingerprint);
  }

  public Optional<String> tallyDigest() {
    return Optional.ofNullable(tallyDigest);
  }

  public List<Candidate> candidates() {
    return Collections.unmodifiableList(candidates);
  }
}
