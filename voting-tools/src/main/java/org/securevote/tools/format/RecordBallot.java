package org.securevote.tools.format;

import jakarta.json.stream.JsonGenerator;
import java.util.ArrayList;
import java.util.List;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.Receipt;
import org.securevote.tools.crypto.ZeroOneProof;

/**
 * One ballot as the election record lists it: its tracker (64 hex digits), where it was encrypted,
 * the server's receipt (128 hex digits) and the ballot itself. Whether they agree is the verifier's
 * business; here only the encodings are checked.
 */
public record RecordBallot(
    String tracker, Receipt.EncryptedBy encryptedBy, String receipt, EncryptedBallot ballot) {

  public RecordBallot {
    requireHex("tracker", tracker, 64);
    requireHex("receipt", receipt, 128);
    if (encryptedBy == null || ballot == null) {
      throw new IllegalArgumentException("a record ballot has encryptedBy and the ballot");
    }
  }

  static RecordBallot fromJson(Fields f) {
    List<String> fields = new ArrayList<>(List.of("tracker", "encryptedBy", "receipt"));
    fields.addAll(BallotJson.FIELDS);
    f.only(fields.toArray(String[]::new));
    String tracker = f.text("tracker");
    if (!tracker.matches("[0-9a-f]{64}")) {
      throw f.refuse("tracker", "is not 64 lowercase hex digits");
    }
    String receipt = f.text("receipt");
    if (!receipt.matches("[0-9a-f]{128}")) {
      throw f.refuse("receipt", "is not 128 lowercase hex digits");
    }
    Receipt.EncryptedBy by;
    try {
      by = Receipt.EncryptedBy.fromWire(f.text("encryptedBy"));
    } catch (CryptoRefusal e) {
      throw f.refuse("encryptedBy", "is neither \"voter\" nor \"server\"");
    }
    return new RecordBallot(tracker, by, receipt, BallotJson.fromJson(f));
  }

  void write(JsonGenerator g) {
    g.writeStartObject()
        .write("tracker", tracker)
        .write("encryptedBy", encryptedBy.wire())
        .write("receipt", receipt);
    g.writeStartArray("selections");
    for (Ciphertext c : ballot.selections()) {
      g.writeStartObject()
          .write("a", Group.pointHex(c.a()))
          .write("b", Group.pointHex(c.b()))
          .writeEnd();
    }
    g.writeEnd().writeStartArray("zeroOrOne");
    for (ZeroOneProof p : ballot.zeroOrOne()) {
      g.writeStartObject()
          .write("c0", Group.scalarHex(p.c0()))
          .write("c1", Group.scalarHex(p.c1()))
          .write("v0", Group.scalarHex(p.v0()))
          .write("v1", Group.scalarHex(p.v1()))
          .writeEnd();
    }
    g.writeEnd()
        .write(BallotJson.countName(ballot.count()), BallotJson.countJson(ballot.count()))
        .writeEnd();
  }

  private static void requireHex(String name, String value, int digits) {
    if (value == null || value.length() != digits || !value.matches("[0-9a-f]*")) {
      throw new IllegalArgumentException(name + " is " + digits + " lowercase hex digits");
    }
  }
}
