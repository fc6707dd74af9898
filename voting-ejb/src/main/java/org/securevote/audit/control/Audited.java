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
 * subject (the first argument that is an {@link AuditSubject}, else the result; the other way round
 * with {@link #subjectFromResult}) and how (the detail of the result, if it is an {@link
 * AuditSubject}, else of that argument).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Audited {
  /** The action's name in the trail, e.g. {@code election.schedule}. */
  @Nonbinding
  String value();

  /** Whether the result, not an argument, names the subject, e.g. the voter put on a roll. */
  @Nonbinding
  boolean subjectFromResult() default false;

  /** Whether the server signs the chain's head at this entry: the steps of an election. */
  @Nonbinding
  boolean signed() default false;
}
