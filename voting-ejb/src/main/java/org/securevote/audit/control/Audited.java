package org.securevote.audit.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Records a successful call in the audit chain, in the same transaction: who, what, on which
 * subject (the first argument that is an {@link AuditSubject}, else the result) and how (the detail
 * of the result, if it is an {@link AuditSubject}, else of that argument).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Audited {
  /** The action's name in the trail, e.g. {@code election.schedule}. */
  @Nonbinding
  String value();
}
