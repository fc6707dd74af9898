package org.securevote.tools.format;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.bouncycastle.util.encoders.Hex;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.SealedShare;

/** share-FROM-to-TO.json: one sealed share, readable only by trustee TO. */
public final class ShareFile {
  public static final String FORMAT = "securevote/sealed-share/v1";

  private ShareFile() {}

  public static String name(int from, int to) {
    return "share-" + from + "-to-" + to + ".json";
  }

  public static JsonObject toJson(String electionId, SealedShare share) {
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("electionId", electionId)
        .add("from", share.from())
        .add("to", share.to())
        .add("ephemeral", Group.pointHex(share.ephemeral()))
        .add("ciphertext", Hex.toHexString(share.ciphertext()))
        .build();
  }

  /**
   * The share from `from` to `to` in this election, as the file says; opening it checks the rest.
   */
  public static SealedShare fromJson(Fields f, String electionId, int from, int to) {
    f.requireFormat(FORMAT);
    if (!electionId.equals(f.text("electionId"))) {
      throw f.refuse("electionId", "is not \"" + electionId + "\"");
    }
    if (f.integer("from") != from || f.integer("to") != to) {
      throw new FormatRefusal(
          f.source() + ": not the share from trustee " + from + " to trustee " + to);
    }
    return new SealedShare(from, to, f.point("ephemeral"), f.bytes("ciphertext"));
  }
}
