package org.securevote.ballot.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.platform.Text;

/** Enforces {@link VotingWindow} against the clock and the election's stored state. */
@VotingWindow
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class VotingWindowGuard {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CastLock lock;

  @AroundInvoke
  Object guard(InvocationContext call) throws Exception {
    ElectionId id = ElectionId.firstIn(call.getParameters(), "@VotingWindow");
    // Shared with other casts, exclusive against shuffling and closing: the window check below
    // then sees the election's current state, and a closing cannot overtake this cast.
    lock.admitCast(id);
    Election election = em.find(Election.class, id.value());
    if (election == null) {
      throw new OutsideVotingWindow(Text.of("window.noSuchElection"));
    }
    Instant now = clock.instant();
    if (!election.acceptsBallotsAt(now)) {
      throw new OutsideVotingWindow(reason(election, now));
    }
    return call.proceed();
  }

  private static Text reason(Election election, Instant now) {
    String title = election.title();
    if (election.status() == ElectionStatus.DRAFT) {
      return Text.of("window.notScheduled", title);
    }
    if (election.status() == ElectionStatus.CANCELLED) {
      return Text.of("window.cancelled", title);
    }
    if ((election.status() == ElectionStatus.SCHEDULED || election.status() == ElectionStatus.OPEN)
        && now.isBefore(election.opensAt())) {
      return Text.of("window.notOpenYet", title);
    }
    return Text.of("window.closed", title);
  }
}
