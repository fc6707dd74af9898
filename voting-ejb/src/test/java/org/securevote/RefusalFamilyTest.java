package org.securevote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securevote.account.boundary.ActivationRefused;
import org.securevote.ballot.boundary.ResultsNotAvailable;
import org.securevote.ballot.control.InvalidBallot;
import org.securevote.ballot.control.OutsideVotingWindow;
import org.securevote.election.boundary.NoSuchElection;
import org.securevote.election.control.OutsideAllowedNetwork;
import org.securevote.election.entity.ElectionRuleViolation;
import org.securevote.platform.Refusal;
import org.securevote.platform.Refusal.Kind;
import org.securevote.platform.Text;
import org.securevote.trustee.boundary.CeremonyRefused;
import org.securevote.voter.boundary.VerificationRefused;
import org.securevote.voter.boundary.VoterRegistryRuleViolation;
import org.securevote.voter.control.Credentials;
import org.securevote.voter.control.RollFile;

/** Every refusal of every component is a {@link Refusal} of its kind, rolled back but one. */
class RefusalFamilyTest {
  @Test
  void eachRefusalHasItsKind() {
    Map<Refusal, Kind> kinds =
        Map.ofEntries(
            Map.entry(new ActivationRefused(Text.of("activation.notValid")), Kind.INVALID),
            Map.entry(new NoSuchElection(), Kind.NOT_FOUND),
            Map.entry(new ResultsNotAvailable(Text.of("results.notPublished", "m")), Kind.CONFLICT),
            Map.entry(new OutsideAllowedNetwork(Text.of("network.outside", "m")), Kind.NOT_ALLOWED),
            Map.entry(new OutsideVotingWindow(Text.of("window.closed", "m")), Kind.CONFLICT),
            Map.entry(new ElectionRuleViolation(Text.of("election.ended")), Kind.CONFLICT),
            Map.entry(new VoterRegistryRuleViolation(Text.of("voter.none", "m")), Kind.CONFLICT),
            Map.entry(
                new Credentials.Refused(Text.of("credentials.emailTaken", "m")), Kind.CONFLICT),
            Map.entry(new RollFile.UnreadableRollFile(Text.of("roll.file.empty")), Kind.INVALID),
            Map.entry(
                new CeremonyRefused(Kind.INVALID, Text.of("ceremony.nameAccused")), Kind.INVALID),
            Map.entry(new InvalidBallot(Text.of("ballot.invalid.none")), Kind.INVALID));
    kinds.forEach(
        (refusal, kind) -> {
          assertEquals(kind, refusal.kind(), refusal.getClass().getName());
          assertTrue(rollsBack(refusal.getClass()), refusal.getClass().getName());
        });
  }

  /** A wrong code must stay counted, so a refused code does not roll back; its kind follows why. */
  @Test
  void verificationRefusalsAreKeptAndKindedByReason() {
    assertFalse(rollsBack(VerificationRefused.class));
    assertEquals(
        Kind.NOT_ALLOWED,
        new VerificationRefused(
                VerificationRefused.Reason.NOT_A_VOTER, Text.of("verification.askFirst"))
            .kind());
    assertEquals(
        Kind.CONFLICT,
        new VerificationRefused(
                VerificationRefused.Reason.RESEND_TOO_SOON, Text.of("verification.askFirst"))
            .kind());
    assertEquals(
        Kind.CONFLICT,
        new VerificationRefused(
                VerificationRefused.Reason.UNDELIVERABLE, Text.of("verification.askFirst"))
            .kind());
    assertEquals(
        Kind.INVALID,
        new VerificationRefused(
                VerificationRefused.Reason.CODE_REJECTED, Text.of("verification.askFirst"))
            .kind());
  }

  /** The rollback the container applies: the nearest {@code @ApplicationException} up the tree. */
  private static boolean rollsBack(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      ApplicationException declared = c.getDeclaredAnnotation(ApplicationException.class);
      if (declared != null) {
        return declared.rollback();
      }
    }
    throw new AssertionError(type.getName() + " is not an application exception");
  }
}
