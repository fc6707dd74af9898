package org.securevote.ballot.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securevote.integrity.Signing;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ConstantProof;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SingleChoiceBallot;
import org.securevote.tools.crypto.ZeroOneProof;

/**
 * The tracker and the receipt the server gives a ballot, against the values voting-tools' own
 * Tracker and Receipt produce for the vectors' 3-candidate ballot (election-crypto-vectors.json).
 */
class BallotReceiptTest {
  private static final String ELECTION = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String TRACKER =
      "4d6a239315f0370902956b5ced9430dd5f0ad9d313663461cbeb0d397eb7920d";

  @Test
  void theTrackerIsTheDigestOfTheBallotsTranscriptAndItsShortForm() {
    BallotTracker tracker = BallotTracker.of(ELECTION, vectorBallot());
    assertEquals(TRACKER, tracker.digest());
    assertEquals("9NN27-4RNY0-VGJ0M", tracker.shortForm());
  }

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

  /** The vectors' single_choice_ballot (election-crypto-vectors.json), copied here. */
  private static SingleChoiceBallot vectorBallot() {
    List<String[]> selections =
        List.of(
            new String[] {
              "03415953dcb2f0664cbedd3b89fb7cf86b208bf72e7680aa34eb04b3111db135ac",
              "0335e858c8b9fe5f0d6d67aec18aea4417f2819d20272a914f03c74a95bf7d9627"
            },
            new String[] {
              "039abfbe3e2ec37401c537c148b65778350d4f709c1b7cfdc0ca84c768fa09ce36",
              "032a9f4085a9d79af24655d8f01b127f74b399c8f151672e99195f4cbd9c9cfefc"
            },
            new String[] {
              "02967248489fe45fbc64814848fda32bd30f0bacb85fdd0510dffb1c50d9d04359",
              "027128a9b4b07f8ee7a7ae5280548a53006cd1eec0a90d39136feacd088147df08"
            });
    List<String[]> proofs =
        List.of(
            new String[] {
              "8150ba6864df0967de7bcc47733e05117d42d4c2c729e965b48b9e02f4a8fc29",
              "b9ad56c2a352f35a3c73d1d879aafffbb396ac1c9ebbc7e0eb417e0d9a0cc83a",
              "ec6c978b41bf3b9c7885ec12176fc001fa463945f26ff16f1a5c6c298b1ef729",
              "6645db47df9e0552a6a9729f9e1f27d7ea4894c0b83a8878c61afe08fb70e2c9"
            },
            new String[] {
              "8ffcebfa7fb5450f448671987ff29f8f463b94aab3788fd672fbfa7c0952c643",
              "c2442985c8e0e0fd0de759c5e879632d83923f8994cd6e07e90695c16432f95a",
              "7866390c625cae094675ee422dec235be5a1485d5cb46cc8b359034246e1877a",
              "53588285f285ec03ee229e9bb887dd4f9693c4f044cef7d7b99f0a9883578c29"
            },
            new String[] {
              "dcff0466d83ac52289f4a58e02926f1cedfc15ce7a112efcf4765697c384370b",
              "fb9a791853f8a90e9fd427d7f92cd0a6dd1663885f3a4c36f13970e1f64c39ec",
              "8a6507b9d79934ede9f89ac2f7887e6dca7547dbfd1617ee61ce57d23f626133",
              "dab3aa6b7646a620757e034aa8ae12da90d83fb74e07bb495710b2cdac4806b2"
            });
    return new SingleChoiceBallot(
        selections.stream()
            .map(c -> new Ciphertext(Group.pointFromHex(c[0]), Group.pointFromHex(c[1])))
            .toList(),
        proofs.stream()
            .map(p -> new ZeroOneProof(scalar(p[0]), scalar(p[1]), scalar(p[2]), scalar(p[3])))
            .toList(),
        new ConstantProof(
            scalar("91df537b02995af9db364dfeeb21c63e32ddf2f514afa62d3a1ce56b4730a3a0"),
            scalar("c07fd33d94f7ac8afbaba023db7cc808a18fb0afe38d029de9a96665c481864a")));
  }

  private static BigInteger scalar(String hex) {
    return Group.scalarFromHex(hex);
  }
}
