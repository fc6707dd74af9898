package org.securevote.web.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Resources that only a verified bearer token may call, never a session (BearerOnlyRule). */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface BearerOnly {}
