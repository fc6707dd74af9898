package org.securevote.election.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.election.entity.Election;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.ClientOrigin;
import org.securevote.platform.Text;

/** Enforces {@link ElectionNetwork} against the election's stored allowlist. */
@ElectionNetwork
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 90)
public class ElectionNetworkGuard {
  @PersistenceContext EntityManager em;
  @Inject ClientOrigin origin;
  @Inject Principal caller;
  @Inject SuspiciousActivity suspicious;

  @AroundInvoke
  Object guard(InvocationContext call) throws Exception {
    ElectionId id = ElectionId.firstIn(call.getParameters(), "@ElectionNetwork");
    Election election = em.find(Election.class, id.value());
    // An unknown address (no web request) is admitted only by an election without an allowlist.
    if (election != null
        && !election.allowedNetworks().admits(ClientOrigin.addressOf(origin).orElse(null))) {
      suspicious.record(SuspiciousActivity.OUTSIDE_NETWORK, caller.getName(), id.value());
      throw new OutsideAllowedNetwork(Text.of("network.outside", election.title()));
    }
    return call.proceed();
  }
}
