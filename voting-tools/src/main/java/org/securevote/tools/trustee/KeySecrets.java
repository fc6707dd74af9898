package org.securevote.tools.trustee;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securevote.tools.crypto.CryptoRefusal;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.crypto.KeyPair;
import org.securevote.tools.crypto.Polynomial;
import org.securevote.tools.format.Ceremony;
import org.securevote.tools.format.Fields;
import org.securevote.tools.format.PublicFile;

/**
 * What a trustee's key file protects: its transport key and polynomial from keygen; after receive
 * also its combined secret share and the ceremony's public files that the share belongs to (public,
 * but kept under the same seal so decrypting needs nothing else and nobody can swap them).
 */
record KeySecrets(
    Ceremony ceremony,
    BigInteger trusteeKey,
    Polynomial polynomial,
    Optional<BigInteger> share,
    List<PublicFile> publics) {

  KeySecrets {
    publics = List.copyOf(publics);
  }

  KeyPair keyPair() {
    return KeyPair.fromSecret(trusteeKey);
  }

  KeySecrets withShare(BigInteger combined, List<PublicFile> ceremonyPublics) {
    return new KeySecrets(ceremony, trusteeKey, polynomial, Optional.of(combined), ceremonyPublics);
  }

  JsonObject toJson() {
    JsonArrayBuilder coefficients = Json.createArrayBuilder();
    polynomial.coefficients().forEach(a -> coefficients.add(Group.scalarHex(a)));
    JsonArrayBuilder files = Json.createArrayBuilder();
    publics.forEach(p -> files.add(p.toJson()));
    JsonObjectBuilder json =
        ceremony
            .sizes()
            .add("trusteeKey", Group.scalarHex(trusteeKey))
            .add("polynomial", coefficients)
            .add("publics", files);
    share.ifPresent(s -> json.add("share", Group.scalarHex(s)));
    return json.build();
  }

  /** The election and the trustee come from the key file's authenticated header. */
  static KeySecrets fromJson(Fields f, String electionId, int trustee) {
    Ceremony ceremony = Ceremony.of(f, electionId, trustee);
    List<BigInteger> coefficients = f.scalars("polynomial");
    if (coefficients.size() != ceremony.threshold()) {
      throw f.refuse("polynomial", "does not have " + ceremony.threshold() + " coefficients");
    }
    List<PublicFile> publics = new ArrayList<>();
    for (Fields p : f.objects("publics")) {
      PublicFile file = PublicFile.fromJson(p);
      file.check(ceremony, publics.size() + 1, p.source());
      publics.add(file);
    }
    try {
      return new KeySecrets(
          ceremony,
          KeyPair.fromSecret(f.scalar("trusteeKey")).secret(),
          Polynomial.of(coefficients),
          f.has("share") ? Optional.of(f.scalar("share")) : Optional.empty(),
          publics);
    } catch (CryptoRefusal e) {
      throw new ToolFailure(f.source() + ": " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "KeySecrets[" + ceremony + "]";
  }
}
