package org.securevote.election.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The call is refused unless the client address of the current request is on the allowlist of the
 * election named by its first {@code ElectionId} argument (an election without one allows any). An
 * unknown address is refused by an election that has an allowlist.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface ElectionNetwork {}
