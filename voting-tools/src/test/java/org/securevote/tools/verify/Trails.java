package org.securevote.tools.verify;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.securevote.tools.crypto.AuditCheckpoint;
import org.securevote.tools.format.TrailCsv;
import org.securevote.tools.format.TrailRow;

/** Well-formed signed trails to test with, and the edits a dishonest DBA would make to them. */
public final class Trails {
  public static final byte[] SEED = new byte[32];
  public static final String KEY =
      org.bouncycastle.util.encoders.Hex.toHexString(
          org.securevote.tools.crypto.Receipt.publicKey(SEED));

  private Trails() {}

  /** n linked entries, signed at every seq divisible by every. */
  public static List<TrailRow> chain(int n, int every) {
    List<TrailRow> rows = new ArrayList<>();
    String prev = TrailRow.GENESIS;
    for (int seq = 1; seq <= n; seq++) {
      TrailRow row =
          link(prev, seq, "admin@example.org", "voter.update", "voter:V" + seq, "detail " + seq);
      if (seq % every == 0) {
        row = signed(row, SEED);
      }
      rows.add(row);
      prev = row.hash();
    }
    return rows;
  }

  public static TrailRow link(
      String prev, long seq, String actor, String action, String subject, String detail) {
    String at = "2026-12-01T13:00:0" + (seq % 10) + ".123456Z";
    String hash = TrailRow.hashOf(prev, seq, at, actor, action, subject, detail);
    return new TrailRow(seq, at, actor, action, subject, detail, prev, hash, "");
  }

  public static TrailRow signed(TrailRow r, byte[] seed) {
    return new TrailRow(
        r.seq(),
        r.recordedAt(),
        r.actor(),
        r.action(),
        r.subject(),
        r.detail(),
        r.prevHash(),
        r.hash(),
        AuditCheckpoint.sign(seed, r.seq(), r.hash()));
  }

  /** Rewrites the chain from index i on as a DBA would: renumbered, every hash recomputed. */
  public static List<TrailRow> relinked(List<TrailRow> rows, int from) {
    List<TrailRow> out = new ArrayList<>(rows.subList(0, from));
    String prev = from == 0 ? TrailRow.GENESIS : rows.get(from - 1).hash();
    for (int i = from; i < rows.size(); i++) {
      TrailRow r = rows.get(i);
      TrailRow again = link(prev, i + 1, r.actor(), r.action(), r.subject(), r.detail());
      again =
          new TrailRow(
              again.seq(),
              r.recordedAt(),
              again.actor(),
              again.action(),
              again.subject(),
              again.detail(),
              prev,
              TrailRow.hashOf(
                  prev, i + 1, r.recordedAt(), r.actor(), r.action(), r.subject(), r.detail()),
              r.checkpointSignature());
      out.add(again);
      prev = again.hash();
    }
    return out;
  }

  public static String csv(List<TrailRow> rows) {
    StringWriter text = new StringWriter();
    try (TrailCsv.Out out = new TrailCsv.Out(text)) {
      rows.forEach(out::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
