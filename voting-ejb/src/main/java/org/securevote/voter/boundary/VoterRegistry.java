package org.securevote.voter.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.audit.control.Audited;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;
import org.securevote.platform.UniqueViolation;
import org.securevote.voter.control.Credentials;
import org.securevote.voter.control.RollFile;
import org.securevote.voter.control.RollImport;
import org.securevote.voter.control.VoterUniqueness;
import org.securevote.voter.entity.CredentialChange;
import org.securevote.voter.entity.ElectionAccountKey;
import org.securevote.voter.entity.Eligibility;
import org.securevote.voter.entity.Voter;

/**
 * Admins' management of voters and voter rolls. Voters set their own passwords; while a voter is on
 * a scheduled or open election's roll, their email and password link change only when a second
 * staff member approves ({@link ChangeApprovals}).
 */
@Stateless
@RolesAllowed(ADMIN)
public class VoterRegistry {
  @PersistenceContext EntityManager em;
  @Inject RollImport rollImport;
  @Inject VoterUniqueness uniqueness;
  @Inject Credentials credentials;
  @Inject MailFailures mailFailures;
  @Resource SessionContext session;
  @Inject RollImportProgress progress;
  @Inject Clock clock;

  public List<VoterSummary> voters() {
    return em.createNamedQuery(Voter.ALL, Voter.class)
        .getResultStream()
        .map(VoterSummary::of)
        .toList();
  }

  /**
   * A page of voters by keyset (voter ID), so its cost does not grow with the page number: the
   * {@code voter_ref} index gives the order, the roll's key checks membership.
   */
  public VoterPage page(@NotNull @Valid VoterQuery query) {
    List<String> where = conditions(query);
    if (query.backwards()) {
      where.add("v.voterRef < :before");
    } else if (query.after() != null && !query.after().isBlank()) {
      where.add("v.voterRef > :after");
    }
    TypedQuery<Voter> select =
        em.createQuery(
                "select v from Voter v"
                    + from(query)
                    + " where "
                    + String.join(" and ", where)
                    + " order by v.voterRef"
                    + (query.backwards() ? " desc" : ""),
                Voter.class)
            .setHint("eclipselink.join-fetch", "v.account")
            .setMaxResults(query.size() + 1);
    bind(select, query);
    if (query.backwards()) {
      select.setParameter("before", query.before());
    } else if (query.after() != null && !query.after().isBlank()) {
      select.setParameter("after", query.after());
    }
    List<VoterSummary> rows =
        new ArrayList<>(select.getResultStream().map(VoterSummary::of).toList());
    boolean more = rows.size() > query.size();
    if (more) {
      rows.remove(rows.size() - 1);
    }
    if (query.backwards()) {
      Collections.reverse(rows);
    }
    return new VoterPage(List.copyOf(rows), more);
  }

  /** How many voters the query's election and search match, whatever the page. */
  public long count(@NotNull @Valid VoterQuery query) {
    TypedQuery<Long> count =
        em.createQuery(
            "select count(v) from Voter v"
                + from(query)
                + " where "
                + String.join(" and ", conditions(query)),
            Long.class);
    bind(count, query);
    return count.getSingleResult();
  }

  private static String from(VoterQuery query) {
    return query.election() == null ? "" : ", Eligibility e";
  }

  private static List<String> conditions(VoterQuery query) {
    List<String> where = new ArrayList<>();
    where.add("v.voterRef is not null");
    if (query.election() != null) {
      where.add("e.electionId = :election and e.accountId = v.accountId");
    }
    if (query.search() != null && !query.search().isBlank()) {
      where.add(
          "(lower(v.voterRef) like :search escape '\\'"
              + " or lower(v.account.displayName) like :search escape '\\'"
              + " or v.account.email like :search escape '\\')");
    }
    return where;
  }

  private static void bind(TypedQuery<?> query, VoterQuery asked) {
    if (asked.election() != null) {
      query.setParameter("election", asked.election());
    }
    if (asked.search() != null && !asked.search().isBlank()) {
      String literal =
          asked.search().strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1");
      query.setParameter("search", "%" + literal + "%");
    }
  }

  @Audited("voter.register")
  public VoterChange register(@NotNull @Valid VoterDetails details) {
    VoterUniqueness.Check taken = uniqueness.forOneVoter();
    String ref = checkedRef(details.voterRef());
    if (taken.refTaken(ref)) {
      throw new VoterRegistryRuleViolation(Text.of("voter.refTaken", ref));
    }
    String email = checkedEmail(details.email());
    if (taken.emailTaken(email)) {
      throw new VoterRegistryRuleViolation(Text.of("voter.emailTaken", email));
    }
    Account account = new Account(email, details.name(), null, Set.of(Role.VOTER));
    em.persist(account);
    Voter voter = new Voter(account, ref);
    em.persist(voter);
    return VoterChange.done(voter.voterRef(), "registered");
  }

  /**
   * Changes the voter's name at once. A new email address applies at once too, unless the voter is
   * on the roll of a scheduled or open election: then it waits for a second staff member.
   */
  @Audited("voter.update")
  public VoterChange update(@NotNull String voterRef, @NotNull @Valid VoterDetails details) {
    Voter voter = existing(voterRef);
    String email = checkedEmail(details.email());
    List<String> changes = new ArrayList<>();
    if (!voter.account().displayName().equals(details.name().strip())) {
      voter.account().rename(voter.account().email(), details.name());
      changes.add("name changed");
    }
    boolean waits = false;
    if (!email.equals(voter.account().email())) {
      refusedAs(mailFailures, () -> credentials.checkFree(voter, email));
      if (credentials.needSecondStaff(voter)) {
        request(CredentialChange.newEmail(voter, email, caller(), clock.instant()));
        changes.add("email change requested");
        waits = true;
      } else {
        refusedAs(mailFailures, () -> credentials.changeEmail(voter, email));
        changes.add("email changed");
      }
    }
    String change = changes.isEmpty() ? "nothing changed" : String.join(", ", changes);
    return new VoterChange(voter.voterRef(), change, waits);
  }

  @Audited("voter.deactivate")
  public VoterChange deactivate(@NotNull String voterRef) {
    Voter voter = existing(voterRef);
    voter.account().deactivate();
    return VoterChange.done(voter.voterRef(), "deactivated");
  }

  @Audited("voter.reactivate")
  public VoterChange reactivate(@NotNull String voterRef) {
    Voter voter = existing(voterRef);
    voter.account().reactivate();
    return VoterChange.done(voter.voterRef(), "reactivated");
  }

  /**
   * Emails the voter a one-time link to choose their password; an earlier link stops working. A
   * voter who has a password already and is on the roll of a scheduled or open election gets it
   * only when a second staff member approves.
   */
  @Audited("voter.activation-sent")
  public VoterChange sendActivation(@NotNull String voterRef) {
    Voter voter = existing(voterRef);
    if (!voter.account().active()) {
      throw new VoterRegistryRuleViolation(Text.of("voter.deactivated", voterRef));
    }
    if (!voter.account().hasPassword()) {
      refusedAs(mailFailures, () -> credentials.sendLink(voter));
      return VoterChange.done(voter.voterRef(), "password link sent");
    }
    if (credentials.needSecondStaff(voter)) {
      request(CredentialChange.passwordLink(voter, caller(), clock.instant()));
      return VoterChange.requested(voter.voterRef(), "password link re-issue requested");
    }
    refusedAs(mailFailures, () -> credentials.sendLink(voter));
    return VoterChange.done(voter.voterRef(), "password link re-issued");
  }

  @Audited(value = "roll.enrol", subjectFromResult = true)
  public VoterChange enrol(@NotNull ElectionId election, @NotNull String voterRef) {
    Voter voter = existing(voterRef);
    changeableRoll(election);
    if (em.find(Eligibility.class, new ElectionAccountKey(election.value(), voter.accountId()))
        == null) {
      em.persist(new Eligibility(election.value(), voter.accountId()));
    }
    return VoterChange.done(voter.voterRef(), "put on the roll of " + election.auditName());
  }

  @Audited(value = "roll.remove", subjectFromResult = true)
  public VoterChange unenrol(@NotNull ElectionId election, @NotNull String voterRef) {
    Voter voter = existing(voterRef);
    changeableRoll(election);
    Eligibility line =
        em.find(Eligibility.class, new ElectionAccountKey(election.value(), voter.accountId()));
    if (line != null) {
      em.remove(line);
    }
    return VoterChange.done(voter.voterRef(), "taken off the roll of " + election.auditName());
  }

  /** Reads and checks a roll file without writing anything. */
  public RollImportReport preview(@NotNull byte[] csv) {
    List<RollImport.CheckedRow> rows = rollImport.check(RollFile.read(csv));
    return report(rows, 0);
  }

  /** Imports a roll file entirely, or (when any row has a problem) not at all. */
  @Audited("roll.import")
  public RollImportReport importRoll(@NotNull byte[] csv) {
    return importRoll(csv, written -> {});
  }

  /**
   * {@link #importRoll(byte[])} in the background, reporting its progress as it goes. The outcome
   * is written once the import's transaction has ended, so a poll never reports rows as imported
   * that a failing commit (or audit entry) then took back.
   */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void importInBackground(String job, byte[] csv) {
    RollImportReport report;
    try {
      report = session.getBusinessObject(VoterRegistry.class).importRoll(job, csv);
    } catch (RollFile.UnreadableRollFile e) {
      progress.finished(job, null, e.text());
      throw e;
    } catch (RuntimeException e) {
      progress.finished(
          job,
          null,
          e.getMessage() == null
              ? Text.of("roll.import.failed")
              : Text.of("roll.import.verbatim", e.getMessage()));
      throw e;
    }
    progress.finished(job, report, null);
  }

  /** {@link #importRoll(byte[])} for a background job, whose progress it writes as it goes. */
  @Audited("roll.import")
  public RollImportReport importRoll(@NotNull String job, @NotNull byte[] csv) {
    return importRoll(csv, written -> progress.advanced(job, written));
  }

  private RollImportReport importRoll(byte[] csv, IntConsumer progress) {
    List<RollImport.CheckedRow> rows = rollImport.check(RollFile.read(csv));
    progress.accept(0); // checked: a sign of life before the first rows are written
    RollImportReport report = report(rows, 0);
    if (!report.acceptable()) {
      return report;
    }
    return report(rows, rollImport.write(rows, progress));
  }

  private static RollImportReport report(List<RollImport.CheckedRow> rows, int written) {
    List<RollImportReport.RowProblem> problems =
        rows.stream()
            .filter(r -> !r.problems().isEmpty())
            .map(
                r ->
                    new RollImportReport.RowProblem(
                        r.row().line(), r.row().voterRef(), RowProblems.joined(r.problems())))
            .toList();
    int enrolments = (int) rows.stream().filter(r -> r.election() != null).count();
    return new RollImportReport(rows.size(), enrolments, problems, written);
  }

  /** Stores a request for a second staff member and tells the voter's current address. */
  private void request(CredentialChange change) {
    boolean alreadyWaiting =
        !em.createNamedQuery(CredentialChange.PENDING_OF, CredentialChange.class)
            .setParameter("voter", change.voter())
            .setParameter("kind", change.kind())
            .setParameter("pending", CredentialChange.Status.PENDING)
            .getResultList()
            .isEmpty();
    if (alreadyWaiting) {
      throw new VoterRegistryRuleViolation(
          Text.of("change.alreadyWaiting." + change.kind().name(), change.voter().voterRef()));
    }
    try {
      em.persist(change);
      em.flush();
    } catch (PersistenceException e) {
      if (!UniqueViolation.causes(e)) {
        throw e;
      }
      throw new VoterRegistryRuleViolation(Text.of("change.justAsked"));
    }
    refusedAs(mailFailures, () -> credentials.tellRequested(change.voter(), change));
  }

  /**
   * Runs a step that mails the voter; its refusal becomes the registry's, and a mail that could not
   * be sent is listed for the admins (kept though this request rolls back).
   */
  static void refusedAs(MailFailures failures, Runnable action) {
    try {
      action.run();
    } catch (Credentials.Undelivered e) {
      failures.record(e.accountId(), e.letter(), e.reason());
      throw new VoterRegistryRuleViolation(e.text());
    } catch (Credentials.Refused e) {
      throw new VoterRegistryRuleViolation(e.text());
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private void changeableRoll(ElectionId id) {
    Election election = em.find(Election.class, id.value());
    if (election == null) {
      throw new NoSuchElection();
    }
    if (!election.rollCanChange(clock.instant())) {
      throw new VoterRegistryRuleViolation(Text.of("roll.cannotChange", election.title()));
    }
  }

  private Voter existing(String voterRef) {
    return find(voterRef).stream()
        .findFirst()
        .orElseThrow(() -> new VoterRegistryRuleViolation(Text.of("voter.none", voterRef)));
  }

  private List<Voter> find(String voterRef) {
    return em.createNamedQuery(Voter.BY_REF, Voter.class)
        .setParameter("ref", voterRef == null ? "" : voterRef.strip())
        .getResultList();
  }

  private static String checkedRef(String ref) {
    try {
      return Voter.normalizeRef(ref);
    } catch (IllegalArgumentException e) {
      throw new VoterRegistryRuleViolation(Text.of("voter.refInvalid"));
    }
  }

  private static String checkedEmail(String email) {
    try {
      return Account.normalizeEmail(email);
    } catch (IllegalArgumentException e) {
      throw new VoterRegistryRuleViolation(Text.of("voter.notAnEmail", email));
    }
  }
}
