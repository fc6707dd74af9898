package org.securevote.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.securevote.integrity.Signing;

/**
 * The receipt the server gives a ballot, against the value voting-tools' own Receipt produces for
 * the vectors' 3-candidate ballot (election-crypto-vectors.json), so a verifier accepts it.
 */
class BallotReceiptTest {
  private static final String ELECTION = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String TRACKER =
      "4d6a239315f0370902956b5ced9430dd5f0ad9d313663461cbeb0d397eb7920d";

  @Test
  void theReceiptIsEd25519OverTagElectionTrackerAndWhoEncrypted() {
    Signing signing =
        Signing.fromSeed(
            HexFormat.of()
                .parseHex("dfadd05c472b51b06ced4e2daa03354d0cf78a980ddf127c28f011ac1c082883"));
    assertEquals(
        "68999f3a024953c8e25651e46a5650dc1ffdf8b7252b4ac21d92c8d7965716ee"
            + "159874fc03e184992a8cd5630b48354a014f8b1a1fd7140e2b3def038f606506",
        BallotIntake.receipt(signing, ELECTION, TRACKER, "voter"));
  }
}
