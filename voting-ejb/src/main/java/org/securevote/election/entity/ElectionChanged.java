package org.securevote.election.entity;

/**
 * An election's row changed (its status, window, terms or results digest), fired from the
 * transaction that changed it; transactional observers see it once that transaction committed.
 */
public record ElectionChanged(ElectionId id) {}
