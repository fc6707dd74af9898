package org.securevote.web.vote;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.securevote.ballot.boundary.Receipt;
import org.securevote.web.support.AfterRedirect;

/**
 * Backing bean of {@code /vote/receipt.xhtml}: the tracker (short and full), who encrypted the
 * ballot, the server's signed receipt and a file holding them, shown once, right after casting, and
 * when the tracker will be on the bulletin board.
 *
 * <p>The page states the bound (after at most batch − 1 more ballots, or at closing), never how
 * many ballots are waiting now: that count would tell the voter, and anyone who sees the printed
 * receipt, where in its batch this ballot lies, i.e. how many people voted just before, which is
 * exactly the cast order the batching hides.
 */
@Named
@RequestScoped
public class VoterReceipt {
  private Receipt receipt;
  private boolean taken;

  public Receipt getReceipt() {
    if (!taken) {
      receipt = (Receipt) AfterRedirect.take(VoterBallot.RECEIPT);
      taken = true;
    }
    return receipt;
  }

  /**
   * The receipt file (electionId, tracker, encryptedBy, receipt, receiptKey) as a data: address, so
   * the download link works without a script and without keeping the receipt on the server.
   */
  public String getDownload() {
    Receipt r = getReceipt();
    if (r == null) {
      return "";
    }
    String json =
        Json.createObjectBuilder()
                .add("electionId", r.electionId())
                .add("tracker", r.tracker())
                .add("encryptedBy", r.encryptedBy())
                .add("receipt", r.signature())
                .add("receiptKey", r.receiptKey())
                .build()
                .toString()
            + "\n";
    return "data:application/json;charset=utf-8,"
        + URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** At most how many more ballots must be cast before this one is posted. */
  public int getMoreBallots() {
    Receipt receipt = getReceipt();
    return receipt == null ? 0 : Math.max(0, receipt.shuffleBatch() - 1);
  }
}
