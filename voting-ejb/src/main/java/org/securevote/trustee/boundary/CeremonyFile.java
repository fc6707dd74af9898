package org.securevote.trustee.boundary;

/** One of the ceremony's files, named as the trustees' tool names it, with its JSON text. */
public record CeremonyFile(String name, String text) {}
