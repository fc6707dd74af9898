package org.securevote.ballot.boundary;

/** What a voter keeps after casting: the tracker to look up on the bulletin board. */
public record Receipt(String electionId, String electionTitle, String tracker)
    implements java.io.Serializable {}
