package org.securevote.voter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.election.entity.Election;
import org.securevote.platform.DisplayText;
import org.securevote.platform.Text;
import org.securevote.voter.entity.Eligibility;
import org.securevote.voter.entity.Voter;
import org.securevote.voter.entity.VoterFields;

/**
 * Checks every row of a roll file against the file and the database, then writes all or nothing.
 */
@Dependent
public class RollImport {
  private static final int FLUSH_EVERY = 500;

  /** The languages a roll may give a voter's mails in. */
  private static final Set<String> SPOKEN = Set.of("en", "fr");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject VoterUniqueness uniqueness;

  /** Per-row findings; nothing is written. */
  public List<CheckedRow> check(List<RollFile.Row> rows) {
    VoterUniqueness.Check taken = uniqueness.forManyVoters();
    Map<String, Election> elections = electionsByTitleAndId();
    Set<String> refsInFile = new HashSet<>();
    Set<String> emailsInFile = new HashSet<>();
    List<CheckedRow> checked = new ArrayList<>(rows.size());
    for (RollFile.Row row : rows) {
      List<Text> problems = new ArrayList<>();
      String ref = null;
      try {
        ref = Voter.normalizeRef(row.voterRef());
        if (taken.refTaken(ref)) {
          problems.add(Text.of("roll.problem.refTaken", ref));
        } else if (!refsInFile.add(ref)) {
          problems.add(Text.of("roll.problem.refTwice", ref));
        }
      } catch (IllegalArgumentException e) {
        problems.add(Text.of("roll.problem.refInvalid"));
      }
      if (row.name().isBlank()) {
        problems.add(Text.of("roll.problem.nameMissing"));
      } else if (row.name().length() > VoterFields.NAME_MAX) {
        problems.add(Text.of("roll.problem.nameTooLong", VoterFields.NAME_MAX));
      } else if (DisplayText.hasBidiControls(row.name())) {
        problems.add(Text.of("roll.problem.nameBidi"));
      }
      String email = null;
      try {
        email = Account.normalizeEmail(row.email());
        if (taken.emailTaken(email)) {
          problems.add(Text.of("roll.problem.emailTaken", email));
        } else if (!emailsInFile.add(email)) {
          problems.add(Text.of("roll.problem.emailTwice", email));
        }
      } catch (IllegalArgumentException e) {
        problems.add(Text.of("roll.problem.notAnEmail", row.email()));
      }
      Election election = null;
      if (!row.election().isBlank()) {
        election = elections.get(row.election().strip());
        if (election == null) {
          problems.add(Text.of("roll.problem.noElection", row.election()));
        } else if (!election.rollCanChange(clock.instant())) {
          problems.add(Text.of("roll.problem.rollClosed", election.title()));
        }
      }
      if (!row.language().isBlank() && !SPOKEN.contains(language(row))) {
        problems.add(Text.of("roll.problem.language", row.language()));
      }
      checked.add(new CheckedRow(row, ref, email, election, List.copyOf(problems)));
    }
    return checked;
  }

  /** The row's language code as written ("FR" too), in lower case. */
  private static String language(RollFile.Row row) {
    return row.language().strip().toLowerCase(Locale.ROOT);
  }

  /** Writes every row; the caller has made sure none has problems. Returns voters added. */
  public int write(List<CheckedRow> rows, IntConsumer progress) {
    List<Eligibility> rollLines = new ArrayList<>();
    int written = 0;
    for (CheckedRow row : rows) {
      Account account = new Account(row.email(), row.row().name(), null, Set.of(Role.VOTER));
      if (!row.row().language().isBlank()) {
        account.speak(new Locale(language(row.row())));
      }
      em.persist(account); // the id is assigned here, from the sequence
      em.persist(new Voter(account, row.voterRef()));
      if (row.election() != null) {
        rollLines.add(new Eligibility(row.election().id().value(), account.id()));
      }
      if (++written % FLUSH_EVERY == 0) {
        flushAndClear();
        progress.accept(written);
      }
    }
    // Roll lines after every voter row: batched inserts do not know that one refers to the other.
    flushAndClear();
    for (int i = 0; i < rollLines.size(); i++) {
      em.persist(rollLines.get(i));
      if ((i + 1) % FLUSH_EVERY == 0) {
        flushAndClear();
      }
    }
    flushAndClear();
    return written;
  }

  private void flushAndClear() {
    em.flush();
    em.clear();
  }

  private Map<String, Election> electionsByTitleAndId() {
    Map<String, Election> byName = new HashMap<>();
    for (Election e : em.createNamedQuery(Election.ALL, Election.class).getResultList()) {
      byName.putIfAbsent(e.title(), e);
      byName.put(e.id().value(), e);
    }
    return byName;
  }

  /** A row with its normalised values and what is wrong with it. */
  public record CheckedRow(
      RollFile.Row row, String voterRef, String email, Election election, List<Text> problems) {}
}
