package org.securevote.audit.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/** Appends an audit entry after the audited call returns; failures propagate untouched. */
@Audited("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 200)
public class AuditInterceptor {
  @Inject HashChain chain;
  @Inject Principal caller;

  @AroundInvoke
  Object record(InvocationContext call) throws Exception {
    Object result = call.proceed();
    Audited audited = call.getMethod().getAnnotation(Audited.class);
    if (audited == null) {
      audited = call.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }
    Optional<AuditSubject> argument =
        Arrays.stream(call.getParameters())
            .filter(AuditSubject.class::isInstance)
            .map(AuditSubject.class::cast)
            .findFirst();
    Optional<AuditSubject> returned =
        result instanceof AuditSubject s ? Optional.of(s) : Optional.empty();
    Optional<AuditSubject> named =
        audited.subjectFromResult() ? returned.or(() -> argument) : argument.or(() -> returned);
    String subject = named.map(AuditSubject::auditName).orElse("");
    String detail = returned.or(() -> argument).map(AuditSubject::auditDetail).orElse("");
    if (audited.signed()) {
      chain.appendSigned(actor(), audited.value(), subject, detail);
    } else {
      chain.append(actor(), audited.value(), subject, detail);
    }
    return result;
  }

  private String actor() {
    String name = caller == null ? null : caller.getName();
    return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? "system" : name;
  }
}
