package org.securevote.access.boundary;

import java.util.Set;

/** Whom a verified token lets a call act as: the auditor's sign-in name and the token's groups. */
public record TokenCaller(String name, Set<String> groups) {}
