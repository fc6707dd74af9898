package org.securevote.ballot.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a voter keeps after casting: the short tracker to look up on the bulletin board, the full
 * tracker (64 hex, as the election record holds it), who encrypted the ballot ("voter" or
 * "server"), the server's Ed25519 signature over them (128 hex) and the key it verifies with (64
 * hex), and when the tracker appears on the board at the latest: once {@code shuffleBatch} new
 * ballots are waiting, or at {@code closesAt}.
 */
public record Receipt(
    String electionId,
    String electionTitle,
    String shortTracker,
    String tracker,
    String encryptedBy,
    String signature,
    String receiptKey,
    int shuffleBatch,
    Instant closesAt)
    implements Serializable {}
