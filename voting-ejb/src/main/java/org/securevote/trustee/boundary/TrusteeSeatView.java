package org.securevote.trustee.boundary;

/** One of the caller's elections, as their trustee home page lists it. */
public record TrusteeSeatView(
    String electionId, String title, String status, int index, CeremonyStanding ceremony) {}
